import { createRequire as __pybpCreateRequire } from 'module'; const require = __pybpCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err2) => function __init() {
  if (err2) throw err2[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err2 = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name2 in all)
    __defProp(target, name2, { get: all[name2], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// node_modules/dockerfile-ast/lib/argument.js
var require_argument = __commonJS({
  "node_modules/dockerfile-ast/lib/argument.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Argument = void 0;
    var Argument = class {
      constructor(value, range) {
        this.value = value;
        this.range = range;
      }
      toString() {
        return this.value;
      }
      getRange() {
        return this.range;
      }
      getValue() {
        return this.value;
      }
      isAfter(position) {
        if (this.range.end.line < position.line) {
          return false;
        }
        return this.range.start.line > position.line ? true : this.range.start.character > position.character;
      }
      isBefore(position) {
        if (this.range.start.line < position.line) {
          return true;
        }
        return this.range.end.line > position.line ? false : this.range.end.character < position.character;
      }
    };
    exports.Argument = Argument;
  }
});

// node_modules/dockerfile-ast/lib/jsonArgument.js
var require_jsonArgument = __commonJS({
  "node_modules/dockerfile-ast/lib/jsonArgument.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.JSONArgument = void 0;
    var argument_1 = require_argument();
    var JSONArgument = class extends argument_1.Argument {
      constructor(value, range, jsonRange) {
        super(value, range);
        this.jsonRange = jsonRange;
      }
      getJSONRange() {
        return this.jsonRange;
      }
      getJSONValue() {
        let value = super.getValue();
        value = value.substring(1, value.length - 1);
        return value;
      }
    };
    exports.JSONArgument = JSONArgument;
  }
});

// node_modules/vscode-languageserver-types/lib/esm/main.js
var main_exports = {};
__export(main_exports, {
  AnnotatedTextEdit: () => AnnotatedTextEdit,
  ApplyKind: () => ApplyKind,
  ChangeAnnotation: () => ChangeAnnotation,
  ChangeAnnotationIdentifier: () => ChangeAnnotationIdentifier,
  CodeAction: () => CodeAction,
  CodeActionContext: () => CodeActionContext,
  CodeActionKind: () => CodeActionKind,
  CodeActionTag: () => CodeActionTag,
  CodeActionTriggerKind: () => CodeActionTriggerKind,
  CodeDescription: () => CodeDescription,
  CodeLens: () => CodeLens,
  Color: () => Color,
  ColorInformation: () => ColorInformation,
  ColorPresentation: () => ColorPresentation,
  Command: () => Command,
  CompletionItem: () => CompletionItem,
  CompletionItemKind: () => CompletionItemKind,
  CompletionItemLabelDetails: () => CompletionItemLabelDetails,
  CompletionItemTag: () => CompletionItemTag,
  CompletionList: () => CompletionList,
  CreateFile: () => CreateFile,
  DeleteFile: () => DeleteFile,
  Diagnostic: () => Diagnostic,
  DiagnosticRelatedInformation: () => DiagnosticRelatedInformation,
  DiagnosticSeverity: () => DiagnosticSeverity,
  DiagnosticTag: () => DiagnosticTag,
  DocumentHighlight: () => DocumentHighlight,
  DocumentHighlightKind: () => DocumentHighlightKind,
  DocumentLink: () => DocumentLink,
  DocumentSymbol: () => DocumentSymbol,
  DocumentUri: () => DocumentUri,
  EOL: () => EOL,
  FoldingRange: () => FoldingRange,
  FoldingRangeKind: () => FoldingRangeKind,
  FormattingOptions: () => FormattingOptions,
  Hover: () => Hover,
  InlayHint: () => InlayHint,
  InlayHintKind: () => InlayHintKind,
  InlayHintLabelPart: () => InlayHintLabelPart,
  InlineCompletionContext: () => InlineCompletionContext,
  InlineCompletionItem: () => InlineCompletionItem,
  InlineCompletionList: () => InlineCompletionList,
  InlineCompletionTriggerKind: () => InlineCompletionTriggerKind,
  InlineValueContext: () => InlineValueContext,
  InlineValueEvaluatableExpression: () => InlineValueEvaluatableExpression,
  InlineValueText: () => InlineValueText,
  InlineValueVariableLookup: () => InlineValueVariableLookup,
  InsertReplaceEdit: () => InsertReplaceEdit,
  InsertTextFormat: () => InsertTextFormat,
  InsertTextMode: () => InsertTextMode,
  LanguageKind: () => LanguageKind,
  Location: () => Location,
  LocationLink: () => LocationLink,
  MarkedString: () => MarkedString,
  MarkupContent: () => MarkupContent,
  MarkupKind: () => MarkupKind,
  OptionalVersionedTextDocumentIdentifier: () => OptionalVersionedTextDocumentIdentifier,
  ParameterInformation: () => ParameterInformation,
  Position: () => Position,
  Range: () => Range,
  RenameFile: () => RenameFile,
  SelectedCompletionInfo: () => SelectedCompletionInfo,
  SelectionRange: () => SelectionRange,
  SemanticTokenModifiers: () => SemanticTokenModifiers,
  SemanticTokenTypes: () => SemanticTokenTypes,
  SemanticTokens: () => SemanticTokens,
  SignatureInformation: () => SignatureInformation,
  SnippetTextEdit: () => SnippetTextEdit,
  StringValue: () => StringValue,
  SymbolInformation: () => SymbolInformation,
  SymbolKind: () => SymbolKind,
  SymbolTag: () => SymbolTag,
  TextDocument: () => TextDocument,
  TextDocumentEdit: () => TextDocumentEdit,
  TextDocumentIdentifier: () => TextDocumentIdentifier,
  TextDocumentItem: () => TextDocumentItem,
  TextEdit: () => TextEdit,
  URI: () => URI,
  VersionedTextDocumentIdentifier: () => VersionedTextDocumentIdentifier,
  WorkspaceChange: () => WorkspaceChange,
  WorkspaceEdit: () => WorkspaceEdit,
  WorkspaceFolder: () => WorkspaceFolder,
  WorkspaceSymbol: () => WorkspaceSymbol,
  integer: () => integer,
  uinteger: () => uinteger
});
var DocumentUri, URI, integer, uinteger, Position, Range, Location, LocationLink, Color, ColorInformation, ColorPresentation, FoldingRangeKind, FoldingRange, DiagnosticRelatedInformation, DiagnosticSeverity, DiagnosticTag, CodeDescription, Diagnostic, Command, TextEdit, ChangeAnnotation, ChangeAnnotationIdentifier, AnnotatedTextEdit, TextDocumentEdit, CreateFile, RenameFile, DeleteFile, WorkspaceEdit, TextEditChangeImpl, SnippetTextEdit, ChangeAnnotations, WorkspaceChange, TextDocumentIdentifier, VersionedTextDocumentIdentifier, OptionalVersionedTextDocumentIdentifier, LanguageKind, TextDocumentItem, MarkupKind, MarkupContent, CompletionItemKind, InsertTextFormat, CompletionItemTag, InsertReplaceEdit, InsertTextMode, ApplyKind, CompletionItemLabelDetails, CompletionItem, CompletionList, MarkedString, Hover, ParameterInformation, SignatureInformation, DocumentHighlightKind, DocumentHighlight, SymbolKind, SymbolTag, SymbolInformation, WorkspaceSymbol, DocumentSymbol, CodeActionKind, CodeActionTriggerKind, CodeActionContext, CodeActionTag, CodeAction, CodeLens, FormattingOptions, DocumentLink, SelectionRange, SemanticTokenTypes, SemanticTokenModifiers, SemanticTokens, InlineValueText, InlineValueVariableLookup, InlineValueEvaluatableExpression, InlineValueContext, InlayHintKind, InlayHintLabelPart, InlayHint, StringValue, InlineCompletionItem, InlineCompletionList, InlineCompletionTriggerKind, SelectedCompletionInfo, InlineCompletionContext, WorkspaceFolder, EOL, TextDocument, FullTextDocument, Is;
var init_main = __esm({
  "node_modules/vscode-languageserver-types/lib/esm/main.js"() {
    "use strict";
    (function(DocumentUri2) {
      function is(value) {
        return typeof value === "string";
      }
      DocumentUri2.is = is;
    })(DocumentUri || (DocumentUri = {}));
    (function(URI2) {
      function is(value) {
        return typeof value === "string";
      }
      URI2.is = is;
    })(URI || (URI = {}));
    (function(integer2) {
      integer2.MIN_VALUE = -2147483648;
      integer2.MAX_VALUE = 2147483647;
      function is(value) {
        return typeof value === "number" && integer2.MIN_VALUE <= value && value <= integer2.MAX_VALUE;
      }
      integer2.is = is;
    })(integer || (integer = {}));
    (function(uinteger2) {
      uinteger2.MIN_VALUE = 0;
      uinteger2.MAX_VALUE = 2147483647;
      function is(value) {
        return typeof value === "number" && uinteger2.MIN_VALUE <= value && value <= uinteger2.MAX_VALUE;
      }
      uinteger2.is = is;
    })(uinteger || (uinteger = {}));
    (function(Position2) {
      function create(line, character) {
        if (line === Number.MAX_VALUE) {
          line = uinteger.MAX_VALUE;
        }
        if (character === Number.MAX_VALUE) {
          character = uinteger.MAX_VALUE;
        }
        return { line, character };
      }
      Position2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.uinteger(candidate.line) && Is.uinteger(candidate.character);
      }
      Position2.is = is;
    })(Position || (Position = {}));
    (function(Range2) {
      function create(one, two, three, four) {
        if (Is.uinteger(one) && Is.uinteger(two) && Is.uinteger(three) && Is.uinteger(four)) {
          return { start: Position.create(one, two), end: Position.create(three, four) };
        } else if (Position.is(one) && Position.is(two)) {
          return { start: one, end: two };
        } else {
          throw new Error(`Range#create called with invalid arguments[${one}, ${two}, ${three}, ${four}]`);
        }
      }
      Range2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Position.is(candidate.start) && Position.is(candidate.end);
      }
      Range2.is = is;
    })(Range || (Range = {}));
    (function(Location2) {
      function create(uri, range) {
        return { uri, range };
      }
      Location2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && (Is.string(candidate.uri) || Is.undefined(candidate.uri));
      }
      Location2.is = is;
    })(Location || (Location = {}));
    (function(LocationLink2) {
      function create(targetUri, targetRange, targetSelectionRange, originSelectionRange) {
        return { targetUri, targetRange, targetSelectionRange, originSelectionRange };
      }
      LocationLink2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.targetRange) && Is.string(candidate.targetUri) && Range.is(candidate.targetSelectionRange) && (Range.is(candidate.originSelectionRange) || Is.undefined(candidate.originSelectionRange));
      }
      LocationLink2.is = is;
    })(LocationLink || (LocationLink = {}));
    (function(Color2) {
      function create(red, green, blue, alpha) {
        return {
          red,
          green,
          blue,
          alpha
        };
      }
      Color2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.numberRange(candidate.red, 0, 1) && Is.numberRange(candidate.green, 0, 1) && Is.numberRange(candidate.blue, 0, 1) && Is.numberRange(candidate.alpha, 0, 1);
      }
      Color2.is = is;
    })(Color || (Color = {}));
    (function(ColorInformation2) {
      function create(range, color) {
        return {
          range,
          color
        };
      }
      ColorInformation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && Color.is(candidate.color);
      }
      ColorInformation2.is = is;
    })(ColorInformation || (ColorInformation = {}));
    (function(ColorPresentation2) {
      function create(label, textEdit, additionalTextEdits) {
        return {
          label,
          textEdit,
          additionalTextEdits
        };
      }
      ColorPresentation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.label) && (Is.undefined(candidate.textEdit) || TextEdit.is(candidate.textEdit)) && (Is.undefined(candidate.additionalTextEdits) || Is.typedArray(candidate.additionalTextEdits, TextEdit.is));
      }
      ColorPresentation2.is = is;
    })(ColorPresentation || (ColorPresentation = {}));
    (function(FoldingRangeKind2) {
      FoldingRangeKind2.Comment = "comment";
      FoldingRangeKind2.Imports = "imports";
      FoldingRangeKind2.Region = "region";
    })(FoldingRangeKind || (FoldingRangeKind = {}));
    (function(FoldingRange2) {
      function create(startLine, endLine, startCharacter, endCharacter, kind, collapsedText) {
        const result = {
          startLine,
          endLine
        };
        if (Is.defined(startCharacter)) {
          result.startCharacter = startCharacter;
        }
        if (Is.defined(endCharacter)) {
          result.endCharacter = endCharacter;
        }
        if (Is.defined(kind)) {
          result.kind = kind;
        }
        if (Is.defined(collapsedText)) {
          result.collapsedText = collapsedText;
        }
        return result;
      }
      FoldingRange2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.uinteger(candidate.startLine) && Is.uinteger(candidate.endLine) && (Is.undefined(candidate.startCharacter) || Is.uinteger(candidate.startCharacter)) && (Is.undefined(candidate.endCharacter) || Is.uinteger(candidate.endCharacter)) && (Is.undefined(candidate.kind) || Is.string(candidate.kind));
      }
      FoldingRange2.is = is;
    })(FoldingRange || (FoldingRange = {}));
    (function(DiagnosticRelatedInformation2) {
      function create(location, message) {
        return {
          location,
          message
        };
      }
      DiagnosticRelatedInformation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Location.is(candidate.location) && Is.string(candidate.message);
      }
      DiagnosticRelatedInformation2.is = is;
    })(DiagnosticRelatedInformation || (DiagnosticRelatedInformation = {}));
    (function(DiagnosticSeverity2) {
      DiagnosticSeverity2.Error = 1;
      DiagnosticSeverity2.Warning = 2;
      DiagnosticSeverity2.Information = 3;
      DiagnosticSeverity2.Hint = 4;
    })(DiagnosticSeverity || (DiagnosticSeverity = {}));
    (function(DiagnosticTag2) {
      DiagnosticTag2.Unnecessary = 1;
      DiagnosticTag2.Deprecated = 2;
    })(DiagnosticTag || (DiagnosticTag = {}));
    (function(CodeDescription2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.href);
      }
      CodeDescription2.is = is;
    })(CodeDescription || (CodeDescription = {}));
    (function(Diagnostic2) {
      function create(range, message, severity, code, source, relatedInformation) {
        const result = { range, message };
        if (Is.defined(severity)) {
          result.severity = severity;
        }
        if (Is.defined(code)) {
          result.code = code;
        }
        if (Is.defined(source)) {
          result.source = source;
        }
        if (Is.defined(relatedInformation)) {
          result.relatedInformation = relatedInformation;
        }
        return result;
      }
      Diagnostic2.create = create;
      function is(value) {
        var _a;
        const candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.string(candidate.message) || MarkupContent.is(candidate.message)) && (Is.number(candidate.severity) || Is.undefined(candidate.severity)) && (Is.integer(candidate.code) || Is.string(candidate.code) || Is.undefined(candidate.code)) && (Is.undefined(candidate.codeDescription) || Is.string((_a = candidate.codeDescription) === null || _a === void 0 ? void 0 : _a.href)) && (Is.string(candidate.source) || Is.undefined(candidate.source)) && (Is.undefined(candidate.relatedInformation) || Is.typedArray(candidate.relatedInformation, DiagnosticRelatedInformation.is));
      }
      Diagnostic2.is = is;
      function is3_17(value) {
        return Is.string(value.message);
      }
      Diagnostic2.is3_17 = is3_17;
      function getMessageString(diagnostic) {
        if (Is.string(diagnostic.message)) {
          return diagnostic.message;
        } else if (MarkupContent.is(diagnostic.message)) {
          return diagnostic.message.value;
        } else {
          throw new Error(`Unknown message type ${typeof diagnostic.message}`);
        }
      }
      Diagnostic2.getMessageString = getMessageString;
    })(Diagnostic || (Diagnostic = {}));
    (function(Command2) {
      function create(title, command, ...args2) {
        const result = { title, command };
        if (Is.defined(args2) && args2.length > 0) {
          result.arguments = args2;
        }
        return result;
      }
      Command2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.title) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip)) && Is.string(candidate.command);
      }
      Command2.is = is;
    })(Command || (Command = {}));
    (function(TextEdit2) {
      function replace(range, newText) {
        return { range, newText };
      }
      TextEdit2.replace = replace;
      function insert(position, newText) {
        return { range: { start: position, end: position }, newText };
      }
      TextEdit2.insert = insert;
      function del(range) {
        return { range, newText: "" };
      }
      TextEdit2.del = del;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.newText) && Range.is(candidate.range);
      }
      TextEdit2.is = is;
    })(TextEdit || (TextEdit = {}));
    (function(ChangeAnnotation2) {
      function create(label, needsConfirmation, description) {
        const result = { label };
        if (needsConfirmation !== void 0) {
          result.needsConfirmation = needsConfirmation;
        }
        if (description !== void 0) {
          result.description = description;
        }
        return result;
      }
      ChangeAnnotation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.label) && (Is.boolean(candidate.needsConfirmation) || candidate.needsConfirmation === void 0) && (Is.string(candidate.description) || candidate.description === void 0);
      }
      ChangeAnnotation2.is = is;
    })(ChangeAnnotation || (ChangeAnnotation = {}));
    (function(ChangeAnnotationIdentifier2) {
      function is(value) {
        const candidate = value;
        return Is.string(candidate);
      }
      ChangeAnnotationIdentifier2.is = is;
    })(ChangeAnnotationIdentifier || (ChangeAnnotationIdentifier = {}));
    (function(AnnotatedTextEdit2) {
      function replace(range, newText, annotation) {
        return { range, newText, annotationId: annotation };
      }
      AnnotatedTextEdit2.replace = replace;
      function insert(position, newText, annotation) {
        return { range: { start: position, end: position }, newText, annotationId: annotation };
      }
      AnnotatedTextEdit2.insert = insert;
      function del(range, annotation) {
        return { range, newText: "", annotationId: annotation };
      }
      AnnotatedTextEdit2.del = del;
      function is(value) {
        const candidate = value;
        return TextEdit.is(candidate) && (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      AnnotatedTextEdit2.is = is;
    })(AnnotatedTextEdit || (AnnotatedTextEdit = {}));
    (function(TextDocumentEdit2) {
      function create(textDocument, edits) {
        return { textDocument, edits };
      }
      TextDocumentEdit2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && OptionalVersionedTextDocumentIdentifier.is(candidate.textDocument) && Array.isArray(candidate.edits);
      }
      TextDocumentEdit2.is = is;
    })(TextDocumentEdit || (TextDocumentEdit = {}));
    (function(CreateFile2) {
      function create(uri, options, annotation) {
        const result = {
          kind: "create",
          uri
        };
        if (options !== void 0 && (options.overwrite !== void 0 || options.ignoreIfExists !== void 0)) {
          result.options = options;
        }
        if (annotation !== void 0) {
          result.annotationId = annotation;
        }
        return result;
      }
      CreateFile2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && candidate.kind === "create" && Is.string(candidate.uri) && (candidate.options === void 0 || (candidate.options.overwrite === void 0 || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === void 0 || Is.boolean(candidate.options.ignoreIfExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      CreateFile2.is = is;
    })(CreateFile || (CreateFile = {}));
    (function(RenameFile2) {
      function create(oldUri, newUri, options, annotation) {
        const result = {
          kind: "rename",
          oldUri,
          newUri
        };
        if (options !== void 0 && (options.overwrite !== void 0 || options.ignoreIfExists !== void 0)) {
          result.options = options;
        }
        if (annotation !== void 0) {
          result.annotationId = annotation;
        }
        return result;
      }
      RenameFile2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && candidate.kind === "rename" && Is.string(candidate.oldUri) && Is.string(candidate.newUri) && (candidate.options === void 0 || (candidate.options.overwrite === void 0 || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === void 0 || Is.boolean(candidate.options.ignoreIfExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      RenameFile2.is = is;
    })(RenameFile || (RenameFile = {}));
    (function(DeleteFile2) {
      function create(uri, options, annotation) {
        const result = {
          kind: "delete",
          uri
        };
        if (options !== void 0 && (options.recursive !== void 0 || options.ignoreIfNotExists !== void 0)) {
          result.options = options;
        }
        if (annotation !== void 0) {
          result.annotationId = annotation;
        }
        return result;
      }
      DeleteFile2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && candidate.kind === "delete" && Is.string(candidate.uri) && (candidate.options === void 0 || (candidate.options.recursive === void 0 || Is.boolean(candidate.options.recursive)) && (candidate.options.ignoreIfNotExists === void 0 || Is.boolean(candidate.options.ignoreIfNotExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      DeleteFile2.is = is;
    })(DeleteFile || (DeleteFile = {}));
    (function(WorkspaceEdit2) {
      function is(value) {
        const candidate = value;
        return candidate && (candidate.changes !== void 0 || candidate.documentChanges !== void 0) && (candidate.documentChanges === void 0 || candidate.documentChanges.every((change) => {
          if (Is.string(change.kind)) {
            return CreateFile.is(change) || RenameFile.is(change) || DeleteFile.is(change);
          } else {
            return TextDocumentEdit.is(change);
          }
        }));
      }
      WorkspaceEdit2.is = is;
    })(WorkspaceEdit || (WorkspaceEdit = {}));
    TextEditChangeImpl = class {
      constructor(edits, changeAnnotations) {
        this.edits = edits;
        this.changeAnnotations = changeAnnotations;
      }
      insert(position, newText, annotation) {
        let edit;
        let id;
        if (annotation === void 0) {
          edit = TextEdit.insert(position, newText);
        } else if (ChangeAnnotationIdentifier.is(annotation)) {
          id = annotation;
          edit = AnnotatedTextEdit.insert(position, newText, annotation);
        } else {
          this.assertChangeAnnotations(this.changeAnnotations);
          id = this.changeAnnotations.manage(annotation);
          edit = AnnotatedTextEdit.insert(position, newText, id);
        }
        this.edits.push(edit);
        if (id !== void 0) {
          return id;
        }
      }
      replace(range, newText, annotation) {
        let edit;
        let id;
        if (annotation === void 0) {
          edit = TextEdit.replace(range, newText);
        } else if (ChangeAnnotationIdentifier.is(annotation)) {
          id = annotation;
          edit = AnnotatedTextEdit.replace(range, newText, annotation);
        } else {
          this.assertChangeAnnotations(this.changeAnnotations);
          id = this.changeAnnotations.manage(annotation);
          edit = AnnotatedTextEdit.replace(range, newText, id);
        }
        this.edits.push(edit);
        if (id !== void 0) {
          return id;
        }
      }
      delete(range, annotation) {
        let edit;
        let id;
        if (annotation === void 0) {
          edit = TextEdit.del(range);
        } else if (ChangeAnnotationIdentifier.is(annotation)) {
          id = annotation;
          edit = AnnotatedTextEdit.del(range, annotation);
        } else {
          this.assertChangeAnnotations(this.changeAnnotations);
          id = this.changeAnnotations.manage(annotation);
          edit = AnnotatedTextEdit.del(range, id);
        }
        this.edits.push(edit);
        if (id !== void 0) {
          return id;
        }
      }
      add(edit) {
        this.edits.push(edit);
      }
      all() {
        return this.edits;
      }
      clear() {
        this.edits.splice(0, this.edits.length);
      }
      assertChangeAnnotations(value) {
        if (value === void 0) {
          throw new Error(`Text edit change is not configured to manage change annotations.`);
        }
      }
    };
    (function(SnippetTextEdit2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && StringValue.isSnippet(candidate.snippet) && (candidate.annotationId === void 0 || (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId)));
      }
      SnippetTextEdit2.is = is;
    })(SnippetTextEdit || (SnippetTextEdit = {}));
    ChangeAnnotations = class {
      constructor(annotations) {
        this._annotations = annotations === void 0 ? /* @__PURE__ */ Object.create(null) : annotations;
        this._counter = 0;
        this._size = 0;
      }
      all() {
        return this._annotations;
      }
      get size() {
        return this._size;
      }
      manage(idOrAnnotation, annotation) {
        let id;
        if (ChangeAnnotationIdentifier.is(idOrAnnotation)) {
          id = idOrAnnotation;
        } else {
          id = this.nextId();
          annotation = idOrAnnotation;
        }
        if (this._annotations[id] !== void 0) {
          throw new Error(`Id ${id} is already in use.`);
        }
        if (annotation === void 0) {
          throw new Error(`No annotation provided for id ${id}`);
        }
        this._annotations[id] = annotation;
        this._size++;
        return id;
      }
      nextId() {
        this._counter++;
        return this._counter.toString();
      }
    };
    WorkspaceChange = class {
      constructor(workspaceEdit) {
        this._textEditChanges = /* @__PURE__ */ Object.create(null);
        if (workspaceEdit !== void 0) {
          this._workspaceEdit = workspaceEdit;
          if (workspaceEdit.documentChanges) {
            this._changeAnnotations = new ChangeAnnotations(workspaceEdit.changeAnnotations);
            workspaceEdit.changeAnnotations = this._changeAnnotations.all();
            workspaceEdit.documentChanges.forEach((change) => {
              if (TextDocumentEdit.is(change)) {
                const textEditChange = new TextEditChangeImpl(change.edits, this._changeAnnotations);
                this._textEditChanges[change.textDocument.uri] = textEditChange;
              }
            });
          } else if (workspaceEdit.changes) {
            Object.keys(workspaceEdit.changes).forEach((key) => {
              const textEditChange = new TextEditChangeImpl(workspaceEdit.changes[key]);
              this._textEditChanges[key] = textEditChange;
            });
          }
        } else {
          this._workspaceEdit = {};
        }
      }
      /**
       * Returns the underlying {@link WorkspaceEdit} literal
       * use to be returned from a workspace edit operation like rename.
       */
      get edit() {
        this.initDocumentChanges();
        if (this._changeAnnotations !== void 0) {
          if (this._changeAnnotations.size === 0) {
            this._workspaceEdit.changeAnnotations = void 0;
          } else {
            this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
          }
        }
        return this._workspaceEdit;
      }
      getTextEditChange(key) {
        if (OptionalVersionedTextDocumentIdentifier.is(key)) {
          this.initDocumentChanges();
          if (this._workspaceEdit.documentChanges === void 0) {
            throw new Error("Workspace edit is not configured for document changes.");
          }
          const textDocument = { uri: key.uri, version: key.version };
          let result = this._textEditChanges[textDocument.uri];
          if (!result) {
            const edits = [];
            const textDocumentEdit = {
              textDocument,
              edits
            };
            this._workspaceEdit.documentChanges.push(textDocumentEdit);
            result = new TextEditChangeImpl(edits, this._changeAnnotations);
            this._textEditChanges[textDocument.uri] = result;
          }
          return result;
        } else {
          this.initChanges();
          if (this._workspaceEdit.changes === void 0) {
            throw new Error("Workspace edit is not configured for normal text edit changes.");
          }
          let result = this._textEditChanges[key];
          if (!result) {
            const edits = [];
            this._workspaceEdit.changes[key] = edits;
            result = new TextEditChangeImpl(edits);
            this._textEditChanges[key] = result;
          }
          return result;
        }
      }
      initDocumentChanges() {
        if (this._workspaceEdit.documentChanges === void 0 && this._workspaceEdit.changes === void 0) {
          this._changeAnnotations = new ChangeAnnotations();
          this._workspaceEdit.documentChanges = [];
          this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
        }
      }
      initChanges() {
        if (this._workspaceEdit.documentChanges === void 0 && this._workspaceEdit.changes === void 0) {
          this._workspaceEdit.changes = /* @__PURE__ */ Object.create(null);
        }
      }
      createFile(uri, optionsOrAnnotation, options) {
        this.initDocumentChanges();
        if (this._workspaceEdit.documentChanges === void 0) {
          throw new Error("Workspace edit is not configured for document changes.");
        }
        let annotation;
        if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
          annotation = optionsOrAnnotation;
        } else {
          options = optionsOrAnnotation;
        }
        let operation;
        let id;
        if (annotation === void 0) {
          operation = CreateFile.create(uri, options);
        } else {
          id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
          operation = CreateFile.create(uri, options, id);
        }
        this._workspaceEdit.documentChanges.push(operation);
        if (id !== void 0) {
          return id;
        }
      }
      renameFile(oldUri, newUri, optionsOrAnnotation, options) {
        this.initDocumentChanges();
        if (this._workspaceEdit.documentChanges === void 0) {
          throw new Error("Workspace edit is not configured for document changes.");
        }
        let annotation;
        if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
          annotation = optionsOrAnnotation;
        } else {
          options = optionsOrAnnotation;
        }
        let operation;
        let id;
        if (annotation === void 0) {
          operation = RenameFile.create(oldUri, newUri, options);
        } else {
          id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
          operation = RenameFile.create(oldUri, newUri, options, id);
        }
        this._workspaceEdit.documentChanges.push(operation);
        if (id !== void 0) {
          return id;
        }
      }
      deleteFile(uri, optionsOrAnnotation, options) {
        this.initDocumentChanges();
        if (this._workspaceEdit.documentChanges === void 0) {
          throw new Error("Workspace edit is not configured for document changes.");
        }
        let annotation;
        if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
          annotation = optionsOrAnnotation;
        } else {
          options = optionsOrAnnotation;
        }
        let operation;
        let id;
        if (annotation === void 0) {
          operation = DeleteFile.create(uri, options);
        } else {
          id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
          operation = DeleteFile.create(uri, options, id);
        }
        this._workspaceEdit.documentChanges.push(operation);
        if (id !== void 0) {
          return id;
        }
      }
    };
    (function(TextDocumentIdentifier2) {
      function create(uri) {
        return { uri };
      }
      TextDocumentIdentifier2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri);
      }
      TextDocumentIdentifier2.is = is;
    })(TextDocumentIdentifier || (TextDocumentIdentifier = {}));
    (function(VersionedTextDocumentIdentifier2) {
      function create(uri, version) {
        return { uri, version };
      }
      VersionedTextDocumentIdentifier2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && Is.integer(candidate.version);
      }
      VersionedTextDocumentIdentifier2.is = is;
    })(VersionedTextDocumentIdentifier || (VersionedTextDocumentIdentifier = {}));
    (function(OptionalVersionedTextDocumentIdentifier2) {
      function create(uri, version) {
        return { uri, version };
      }
      OptionalVersionedTextDocumentIdentifier2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && (candidate.version === null || Is.integer(candidate.version));
      }
      OptionalVersionedTextDocumentIdentifier2.is = is;
    })(OptionalVersionedTextDocumentIdentifier || (OptionalVersionedTextDocumentIdentifier = {}));
    (function(LanguageKind2) {
      LanguageKind2.ABAP = "abap";
      LanguageKind2.WindowsBat = "bat";
      LanguageKind2.BibTeX = "bibtex";
      LanguageKind2.Clojure = "clojure";
      LanguageKind2.Coffeescript = "coffeescript";
      LanguageKind2.C = "c";
      LanguageKind2.CPP = "cpp";
      LanguageKind2.CSharp = "csharp";
      LanguageKind2.CSS = "css";
      LanguageKind2.D = "d";
      LanguageKind2.Delphi = "pascal";
      LanguageKind2.Diff = "diff";
      LanguageKind2.Dart = "dart";
      LanguageKind2.Dockerfile = "dockerfile";
      LanguageKind2.Elixir = "elixir";
      LanguageKind2.Erlang = "erlang";
      LanguageKind2.FSharp = "fsharp";
      LanguageKind2.GitCommit = "git-commit";
      LanguageKind2.GitRebase = "git-rebase";
      LanguageKind2.Go = "go";
      LanguageKind2.Groovy = "groovy";
      LanguageKind2.Handlebars = "handlebars";
      LanguageKind2.Haskell = "haskell";
      LanguageKind2.HTML = "html";
      LanguageKind2.Ini = "ini";
      LanguageKind2.Java = "java";
      LanguageKind2.JavaScript = "javascript";
      LanguageKind2.JavaScriptReact = "javascriptreact";
      LanguageKind2.JSON = "json";
      LanguageKind2.LaTeX = "latex";
      LanguageKind2.Less = "less";
      LanguageKind2.Lua = "lua";
      LanguageKind2.Makefile = "makefile";
      LanguageKind2.Markdown = "markdown";
      LanguageKind2.ObjectiveC = "objective-c";
      LanguageKind2.ObjectiveCPP = "objective-cpp";
      LanguageKind2.Pascal = "pascal";
      LanguageKind2.Perl = "perl";
      LanguageKind2.Perl6 = "perl6";
      LanguageKind2.PHP = "php";
      LanguageKind2.Plaintext = "plaintext";
      LanguageKind2.Powershell = "powershell";
      LanguageKind2.Pug = "jade";
      LanguageKind2.Python = "python";
      LanguageKind2.R = "r";
      LanguageKind2.Razor = "razor";
      LanguageKind2.Ruby = "ruby";
      LanguageKind2.Rust = "rust";
      LanguageKind2.SCSS = "scss";
      LanguageKind2.SASS = "sass";
      LanguageKind2.Scala = "scala";
      LanguageKind2.ShaderLab = "shaderlab";
      LanguageKind2.ShellScript = "shellscript";
      LanguageKind2.SQL = "sql";
      LanguageKind2.Swift = "swift";
      LanguageKind2.TypeScript = "typescript";
      LanguageKind2.TypeScriptReact = "typescriptreact";
      LanguageKind2.TeX = "tex";
      LanguageKind2.VisualBasic = "vb";
      LanguageKind2.XML = "xml";
      LanguageKind2.XSL = "xsl";
      LanguageKind2.YAML = "yaml";
    })(LanguageKind || (LanguageKind = {}));
    (function(TextDocumentItem2) {
      function create(uri, languageId, version, text) {
        return { uri, languageId, version, text };
      }
      TextDocumentItem2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && Is.string(candidate.languageId) && Is.integer(candidate.version) && Is.string(candidate.text);
      }
      TextDocumentItem2.is = is;
    })(TextDocumentItem || (TextDocumentItem = {}));
    (function(MarkupKind2) {
      MarkupKind2.PlainText = "plaintext";
      MarkupKind2.Markdown = "markdown";
      function is(value) {
        const candidate = value;
        return candidate === MarkupKind2.PlainText || candidate === MarkupKind2.Markdown;
      }
      MarkupKind2.is = is;
    })(MarkupKind || (MarkupKind = {}));
    (function(MarkupContent2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(value) && MarkupKind.is(candidate.kind) && Is.string(candidate.value);
      }
      MarkupContent2.is = is;
    })(MarkupContent || (MarkupContent = {}));
    (function(CompletionItemKind2) {
      CompletionItemKind2.Text = 1;
      CompletionItemKind2.Method = 2;
      CompletionItemKind2.Function = 3;
      CompletionItemKind2.Constructor = 4;
      CompletionItemKind2.Field = 5;
      CompletionItemKind2.Variable = 6;
      CompletionItemKind2.Class = 7;
      CompletionItemKind2.Interface = 8;
      CompletionItemKind2.Module = 9;
      CompletionItemKind2.Property = 10;
      CompletionItemKind2.Unit = 11;
      CompletionItemKind2.Value = 12;
      CompletionItemKind2.Enum = 13;
      CompletionItemKind2.Keyword = 14;
      CompletionItemKind2.Snippet = 15;
      CompletionItemKind2.Color = 16;
      CompletionItemKind2.File = 17;
      CompletionItemKind2.Reference = 18;
      CompletionItemKind2.Folder = 19;
      CompletionItemKind2.EnumMember = 20;
      CompletionItemKind2.Constant = 21;
      CompletionItemKind2.Struct = 22;
      CompletionItemKind2.Event = 23;
      CompletionItemKind2.Operator = 24;
      CompletionItemKind2.TypeParameter = 25;
    })(CompletionItemKind || (CompletionItemKind = {}));
    (function(InsertTextFormat2) {
      InsertTextFormat2.PlainText = 1;
      InsertTextFormat2.Snippet = 2;
    })(InsertTextFormat || (InsertTextFormat = {}));
    (function(CompletionItemTag2) {
      CompletionItemTag2.Deprecated = 1;
    })(CompletionItemTag || (CompletionItemTag = {}));
    (function(InsertReplaceEdit2) {
      function create(newText, insert, replace) {
        return { newText, insert, replace };
      }
      InsertReplaceEdit2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && Is.string(candidate.newText) && Range.is(candidate.insert) && Range.is(candidate.replace);
      }
      InsertReplaceEdit2.is = is;
    })(InsertReplaceEdit || (InsertReplaceEdit = {}));
    (function(InsertTextMode2) {
      InsertTextMode2.asIs = 1;
      InsertTextMode2.adjustIndentation = 2;
    })(InsertTextMode || (InsertTextMode = {}));
    (function(ApplyKind2) {
      ApplyKind2.Replace = 1;
      ApplyKind2.Merge = 2;
    })(ApplyKind || (ApplyKind = {}));
    (function(CompletionItemLabelDetails2) {
      function is(value) {
        const candidate = value;
        return candidate && (Is.string(candidate.detail) || candidate.detail === void 0) && (Is.string(candidate.description) || candidate.description === void 0);
      }
      CompletionItemLabelDetails2.is = is;
    })(CompletionItemLabelDetails || (CompletionItemLabelDetails = {}));
    (function(CompletionItem2) {
      function create(label) {
        return { label };
      }
      CompletionItem2.create = create;
    })(CompletionItem || (CompletionItem = {}));
    (function(CompletionList2) {
      function create(items, isIncomplete) {
        return { items: items ? items : [], isIncomplete: !!isIncomplete };
      }
      CompletionList2.create = create;
    })(CompletionList || (CompletionList = {}));
    (function(MarkedString2) {
      function fromPlainText(plainText) {
        return plainText.replace(/[\\`*_{}[\]()#+\-.!]/g, "\\$&");
      }
      MarkedString2.fromPlainText = fromPlainText;
      function is(value) {
        const candidate = value;
        return Is.string(candidate) || Is.objectLiteral(candidate) && Is.string(candidate.language) && Is.string(candidate.value);
      }
      MarkedString2.is = is;
    })(MarkedString || (MarkedString = {}));
    (function(Hover2) {
      function is(value) {
        const candidate = value;
        return !!candidate && Is.objectLiteral(candidate) && (MarkupContent.is(candidate.contents) || MarkedString.is(candidate.contents) || Is.typedArray(candidate.contents, MarkedString.is)) && (value.range === void 0 || Range.is(value.range));
      }
      Hover2.is = is;
    })(Hover || (Hover = {}));
    (function(ParameterInformation2) {
      function create(label, documentation) {
        return documentation ? { label, documentation } : { label };
      }
      ParameterInformation2.create = create;
    })(ParameterInformation || (ParameterInformation = {}));
    (function(SignatureInformation2) {
      function create(label, documentation, ...parameters) {
        const result = { label };
        if (Is.defined(documentation)) {
          result.documentation = documentation;
        }
        if (Is.defined(parameters)) {
          result.parameters = parameters;
        } else {
          result.parameters = [];
        }
        return result;
      }
      SignatureInformation2.create = create;
    })(SignatureInformation || (SignatureInformation = {}));
    (function(DocumentHighlightKind2) {
      DocumentHighlightKind2.Text = 1;
      DocumentHighlightKind2.Read = 2;
      DocumentHighlightKind2.Write = 3;
    })(DocumentHighlightKind || (DocumentHighlightKind = {}));
    (function(DocumentHighlight2) {
      function create(range, kind) {
        const result = { range };
        if (Is.number(kind)) {
          result.kind = kind;
        }
        return result;
      }
      DocumentHighlight2.create = create;
    })(DocumentHighlight || (DocumentHighlight = {}));
    (function(SymbolKind2) {
      SymbolKind2.File = 1;
      SymbolKind2.Module = 2;
      SymbolKind2.Namespace = 3;
      SymbolKind2.Package = 4;
      SymbolKind2.Class = 5;
      SymbolKind2.Method = 6;
      SymbolKind2.Property = 7;
      SymbolKind2.Field = 8;
      SymbolKind2.Constructor = 9;
      SymbolKind2.Enum = 10;
      SymbolKind2.Interface = 11;
      SymbolKind2.Function = 12;
      SymbolKind2.Variable = 13;
      SymbolKind2.Constant = 14;
      SymbolKind2.String = 15;
      SymbolKind2.Number = 16;
      SymbolKind2.Boolean = 17;
      SymbolKind2.Array = 18;
      SymbolKind2.Object = 19;
      SymbolKind2.Key = 20;
      SymbolKind2.Null = 21;
      SymbolKind2.EnumMember = 22;
      SymbolKind2.Struct = 23;
      SymbolKind2.Event = 24;
      SymbolKind2.Operator = 25;
      SymbolKind2.TypeParameter = 26;
    })(SymbolKind || (SymbolKind = {}));
    (function(SymbolTag2) {
      SymbolTag2.Deprecated = 1;
    })(SymbolTag || (SymbolTag = {}));
    (function(SymbolInformation2) {
      function create(name2, kind, range, uri, containerName) {
        const result = {
          name: name2,
          kind,
          location: { uri, range }
        };
        if (containerName) {
          result.containerName = containerName;
        }
        return result;
      }
      SymbolInformation2.create = create;
    })(SymbolInformation || (SymbolInformation = {}));
    (function(WorkspaceSymbol2) {
      function create(name2, kind, uri, range) {
        return range !== void 0 ? { name: name2, kind, location: { uri, range } } : { name: name2, kind, location: { uri } };
      }
      WorkspaceSymbol2.create = create;
    })(WorkspaceSymbol || (WorkspaceSymbol = {}));
    (function(DocumentSymbol2) {
      function create(name2, detail, kind, range, selectionRange, children) {
        const result = {
          name: name2,
          detail,
          kind,
          range,
          selectionRange
        };
        if (children !== void 0) {
          result.children = children;
        }
        return result;
      }
      DocumentSymbol2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && Is.string(candidate.name) && Is.number(candidate.kind) && Range.is(candidate.range) && Range.is(candidate.selectionRange) && (candidate.detail === void 0 || Is.string(candidate.detail)) && (candidate.deprecated === void 0 || Is.boolean(candidate.deprecated)) && (candidate.children === void 0 || Array.isArray(candidate.children)) && (candidate.tags === void 0 || Array.isArray(candidate.tags));
      }
      DocumentSymbol2.is = is;
    })(DocumentSymbol || (DocumentSymbol = {}));
    (function(CodeActionKind2) {
      CodeActionKind2.Empty = "";
      CodeActionKind2.QuickFix = "quickfix";
      CodeActionKind2.Refactor = "refactor";
      CodeActionKind2.RefactorExtract = "refactor.extract";
      CodeActionKind2.RefactorInline = "refactor.inline";
      CodeActionKind2.RefactorMove = "refactor.move";
      CodeActionKind2.RefactorRewrite = "refactor.rewrite";
      CodeActionKind2.Source = "source";
      CodeActionKind2.SourceOrganizeImports = "source.organizeImports";
      CodeActionKind2.SourceFixAll = "source.fixAll";
      CodeActionKind2.Notebook = "notebook";
    })(CodeActionKind || (CodeActionKind = {}));
    (function(CodeActionTriggerKind2) {
      CodeActionTriggerKind2.Invoked = 1;
      CodeActionTriggerKind2.Automatic = 2;
    })(CodeActionTriggerKind || (CodeActionTriggerKind = {}));
    (function(CodeActionContext2) {
      function create(diagnostics, only, triggerKind) {
        const result = { diagnostics };
        if (only !== void 0 && only !== null) {
          result.only = only;
        }
        if (triggerKind !== void 0 && triggerKind !== null) {
          result.triggerKind = triggerKind;
        }
        return result;
      }
      CodeActionContext2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.typedArray(candidate.diagnostics, Diagnostic.is) && (candidate.only === void 0 || Is.typedArray(candidate.only, Is.string)) && (candidate.triggerKind === void 0 || candidate.triggerKind === CodeActionTriggerKind.Invoked || candidate.triggerKind === CodeActionTriggerKind.Automatic);
      }
      CodeActionContext2.is = is;
    })(CodeActionContext || (CodeActionContext = {}));
    (function(CodeActionTag2) {
      CodeActionTag2.LLMGenerated = 1;
      function is(value) {
        return Is.defined(value) && value === CodeActionTag2.LLMGenerated;
      }
      CodeActionTag2.is = is;
    })(CodeActionTag || (CodeActionTag = {}));
    (function(CodeAction2) {
      function create(title, kindOrCommandOrEdit, kind) {
        const result = { title };
        let checkKind = true;
        if (typeof kindOrCommandOrEdit === "string") {
          checkKind = false;
          result.kind = kindOrCommandOrEdit;
        } else if (Command.is(kindOrCommandOrEdit)) {
          result.command = kindOrCommandOrEdit;
        } else {
          result.edit = kindOrCommandOrEdit;
        }
        if (checkKind && kind !== void 0) {
          result.kind = kind;
        }
        return result;
      }
      CodeAction2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && Is.string(candidate.title) && (candidate.diagnostics === void 0 || Is.typedArray(candidate.diagnostics, Diagnostic.is)) && (candidate.kind === void 0 || Is.string(candidate.kind)) && (candidate.edit !== void 0 || candidate.command !== void 0) && (candidate.command === void 0 || Command.is(candidate.command)) && (candidate.isPreferred === void 0 || Is.boolean(candidate.isPreferred)) && (candidate.edit === void 0 || WorkspaceEdit.is(candidate.edit)) && (candidate.tags === void 0 || Is.typedArray(candidate.tags, CodeActionTag.is));
      }
      CodeAction2.is = is;
    })(CodeAction || (CodeAction = {}));
    (function(CodeLens2) {
      function create(range, data) {
        const result = { range };
        if (Is.defined(data)) {
          result.data = data;
        }
        return result;
      }
      CodeLens2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.command) || Command.is(candidate.command));
      }
      CodeLens2.is = is;
    })(CodeLens || (CodeLens = {}));
    (function(FormattingOptions2) {
      function create(tabSize, insertSpaces) {
        return { tabSize, insertSpaces };
      }
      FormattingOptions2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.uinteger(candidate.tabSize) && Is.boolean(candidate.insertSpaces);
      }
      FormattingOptions2.is = is;
    })(FormattingOptions || (FormattingOptions = {}));
    (function(DocumentLink2) {
      function create(range, target, data) {
        return { range, target, data };
      }
      DocumentLink2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.target) || Is.string(candidate.target));
      }
      DocumentLink2.is = is;
    })(DocumentLink || (DocumentLink = {}));
    (function(SelectionRange2) {
      function create(range, parent) {
        return { range, parent };
      }
      SelectionRange2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && (candidate.parent === void 0 || SelectionRange2.is(candidate.parent));
      }
      SelectionRange2.is = is;
    })(SelectionRange || (SelectionRange = {}));
    (function(SemanticTokenTypes2) {
      SemanticTokenTypes2["namespace"] = "namespace";
      SemanticTokenTypes2["type"] = "type";
      SemanticTokenTypes2["class"] = "class";
      SemanticTokenTypes2["enum"] = "enum";
      SemanticTokenTypes2["interface"] = "interface";
      SemanticTokenTypes2["struct"] = "struct";
      SemanticTokenTypes2["typeParameter"] = "typeParameter";
      SemanticTokenTypes2["parameter"] = "parameter";
      SemanticTokenTypes2["variable"] = "variable";
      SemanticTokenTypes2["property"] = "property";
      SemanticTokenTypes2["enumMember"] = "enumMember";
      SemanticTokenTypes2["event"] = "event";
      SemanticTokenTypes2["function"] = "function";
      SemanticTokenTypes2["method"] = "method";
      SemanticTokenTypes2["macro"] = "macro";
      SemanticTokenTypes2["keyword"] = "keyword";
      SemanticTokenTypes2["modifier"] = "modifier";
      SemanticTokenTypes2["comment"] = "comment";
      SemanticTokenTypes2["string"] = "string";
      SemanticTokenTypes2["number"] = "number";
      SemanticTokenTypes2["regexp"] = "regexp";
      SemanticTokenTypes2["operator"] = "operator";
      SemanticTokenTypes2["decorator"] = "decorator";
      SemanticTokenTypes2["label"] = "label";
    })(SemanticTokenTypes || (SemanticTokenTypes = {}));
    (function(SemanticTokenModifiers2) {
      SemanticTokenModifiers2["declaration"] = "declaration";
      SemanticTokenModifiers2["definition"] = "definition";
      SemanticTokenModifiers2["readonly"] = "readonly";
      SemanticTokenModifiers2["static"] = "static";
      SemanticTokenModifiers2["deprecated"] = "deprecated";
      SemanticTokenModifiers2["abstract"] = "abstract";
      SemanticTokenModifiers2["async"] = "async";
      SemanticTokenModifiers2["modification"] = "modification";
      SemanticTokenModifiers2["documentation"] = "documentation";
      SemanticTokenModifiers2["defaultLibrary"] = "defaultLibrary";
    })(SemanticTokenModifiers || (SemanticTokenModifiers = {}));
    (function(SemanticTokens2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && (candidate.resultId === void 0 || typeof candidate.resultId === "string") && Array.isArray(candidate.data) && (candidate.data.length === 0 || typeof candidate.data[0] === "number");
      }
      SemanticTokens2.is = is;
    })(SemanticTokens || (SemanticTokens = {}));
    (function(InlineValueText2) {
      function create(range, text) {
        return { range, text };
      }
      InlineValueText2.create = create;
      function is(value) {
        const candidate = value;
        return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && Is.string(candidate.text);
      }
      InlineValueText2.is = is;
    })(InlineValueText || (InlineValueText = {}));
    (function(InlineValueVariableLookup2) {
      function create(range, variableName, caseSensitiveLookup) {
        return { range, variableName, caseSensitiveLookup };
      }
      InlineValueVariableLookup2.create = create;
      function is(value) {
        const candidate = value;
        return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && Is.boolean(candidate.caseSensitiveLookup) && (Is.string(candidate.variableName) || candidate.variableName === void 0);
      }
      InlineValueVariableLookup2.is = is;
    })(InlineValueVariableLookup || (InlineValueVariableLookup = {}));
    (function(InlineValueEvaluatableExpression2) {
      function create(range, expression) {
        return { range, expression };
      }
      InlineValueEvaluatableExpression2.create = create;
      function is(value) {
        const candidate = value;
        return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && (Is.string(candidate.expression) || candidate.expression === void 0);
      }
      InlineValueEvaluatableExpression2.is = is;
    })(InlineValueEvaluatableExpression || (InlineValueEvaluatableExpression = {}));
    (function(InlineValueContext2) {
      function create(frameId, stoppedLocation) {
        return { frameId, stoppedLocation };
      }
      InlineValueContext2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Range.is(value.stoppedLocation);
      }
      InlineValueContext2.is = is;
    })(InlineValueContext || (InlineValueContext = {}));
    (function(InlayHintKind2) {
      InlayHintKind2.Type = 1;
      InlayHintKind2.Parameter = 2;
      function is(value) {
        return value === 1 || value === 2;
      }
      InlayHintKind2.is = is;
    })(InlayHintKind || (InlayHintKind = {}));
    (function(InlayHintLabelPart2) {
      function create(value) {
        return { value };
      }
      InlayHintLabelPart2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip)) && (candidate.location === void 0 || Location.is(candidate.location)) && (candidate.command === void 0 || Command.is(candidate.command));
      }
      InlayHintLabelPart2.is = is;
    })(InlayHintLabelPart || (InlayHintLabelPart = {}));
    (function(InlayHint2) {
      function create(position, label, kind) {
        const result = { position, label };
        if (kind !== void 0) {
          result.kind = kind;
        }
        return result;
      }
      InlayHint2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Position.is(candidate.position) && (Is.string(candidate.label) || Is.typedArray(candidate.label, InlayHintLabelPart.is)) && (candidate.kind === void 0 || InlayHintKind.is(candidate.kind)) && candidate.textEdits === void 0 || Is.typedArray(candidate.textEdits, TextEdit.is) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip)) && (candidate.paddingLeft === void 0 || Is.boolean(candidate.paddingLeft)) && (candidate.paddingRight === void 0 || Is.boolean(candidate.paddingRight));
      }
      InlayHint2.is = is;
    })(InlayHint || (InlayHint = {}));
    (function(StringValue2) {
      function createSnippet(value) {
        return { kind: "snippet", value };
      }
      StringValue2.createSnippet = createSnippet;
      function isSnippet(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && candidate.kind === "snippet" && Is.string(candidate.value);
      }
      StringValue2.isSnippet = isSnippet;
    })(StringValue || (StringValue = {}));
    (function(InlineCompletionItem2) {
      function create(insertText, filterText, range, command) {
        return { insertText, filterText, range, command };
      }
      InlineCompletionItem2.create = create;
    })(InlineCompletionItem || (InlineCompletionItem = {}));
    (function(InlineCompletionList2) {
      function create(items) {
        return { items };
      }
      InlineCompletionList2.create = create;
    })(InlineCompletionList || (InlineCompletionList = {}));
    (function(InlineCompletionTriggerKind2) {
      InlineCompletionTriggerKind2.Invoked = 1;
      InlineCompletionTriggerKind2.Automatic = 2;
    })(InlineCompletionTriggerKind || (InlineCompletionTriggerKind = {}));
    (function(SelectedCompletionInfo2) {
      function create(range, text) {
        return { range, text };
      }
      SelectedCompletionInfo2.create = create;
    })(SelectedCompletionInfo || (SelectedCompletionInfo = {}));
    (function(InlineCompletionContext2) {
      function create(triggerKind, selectedCompletionInfo) {
        return { triggerKind, selectedCompletionInfo };
      }
      InlineCompletionContext2.create = create;
    })(InlineCompletionContext || (InlineCompletionContext = {}));
    (function(WorkspaceFolder2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && URI.is(candidate.uri) && Is.string(candidate.name);
      }
      WorkspaceFolder2.is = is;
    })(WorkspaceFolder || (WorkspaceFolder = {}));
    EOL = ["\n", "\r\n", "\r"];
    (function(TextDocument3) {
      function create(uri, languageId, version, content) {
        return new FullTextDocument(uri, languageId, version, content);
      }
      TextDocument3.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && (Is.undefined(candidate.languageId) || Is.string(candidate.languageId)) && Is.uinteger(candidate.lineCount) && Is.func(candidate.getText) && Is.func(candidate.positionAt) && Is.func(candidate.offsetAt) ? true : false;
      }
      TextDocument3.is = is;
      function applyEdits(document2, edits) {
        let text = document2.getText();
        const sortedEdits = mergeSort2(edits, (a, b) => {
          const diff = a.range.start.line - b.range.start.line;
          if (diff === 0) {
            return a.range.start.character - b.range.start.character;
          }
          return diff;
        });
        let lastModifiedOffset = text.length;
        for (let i2 = sortedEdits.length - 1; i2 >= 0; i2--) {
          const e = sortedEdits[i2];
          const startOffset = document2.offsetAt(e.range.start);
          const endOffset = document2.offsetAt(e.range.end);
          if (endOffset <= lastModifiedOffset) {
            text = text.substring(0, startOffset) + e.newText + text.substring(endOffset, text.length);
          } else {
            throw new Error("Overlapping edit");
          }
          lastModifiedOffset = startOffset;
        }
        return text;
      }
      TextDocument3.applyEdits = applyEdits;
      function mergeSort2(data, compare) {
        if (data.length <= 1) {
          return data;
        }
        const p = data.length / 2 | 0;
        const left = data.slice(0, p);
        const right = data.slice(p);
        mergeSort2(left, compare);
        mergeSort2(right, compare);
        let leftIdx = 0;
        let rightIdx = 0;
        let i2 = 0;
        while (leftIdx < left.length && rightIdx < right.length) {
          const ret = compare(left[leftIdx], right[rightIdx]);
          if (ret <= 0) {
            data[i2++] = left[leftIdx++];
          } else {
            data[i2++] = right[rightIdx++];
          }
        }
        while (leftIdx < left.length) {
          data[i2++] = left[leftIdx++];
        }
        while (rightIdx < right.length) {
          data[i2++] = right[rightIdx++];
        }
        return data;
      }
    })(TextDocument || (TextDocument = {}));
    FullTextDocument = class {
      constructor(uri, languageId, version, content) {
        this._uri = uri;
        this._languageId = languageId;
        this._version = version;
        this._content = content;
        this._lineOffsets = void 0;
      }
      get uri() {
        return this._uri;
      }
      get languageId() {
        return this._languageId;
      }
      get version() {
        return this._version;
      }
      getText(range) {
        if (range) {
          const start2 = this.offsetAt(range.start);
          const end = this.offsetAt(range.end);
          return this._content.substring(start2, end);
        }
        return this._content;
      }
      update(event, version) {
        this._content = event.text;
        this._version = version;
        this._lineOffsets = void 0;
      }
      getLineOffsets() {
        if (this._lineOffsets === void 0) {
          const lineOffsets = [];
          const text = this._content;
          let isLineStart = true;
          for (let i2 = 0; i2 < text.length; i2++) {
            if (isLineStart) {
              lineOffsets.push(i2);
              isLineStart = false;
            }
            const ch = text.charAt(i2);
            isLineStart = ch === "\r" || ch === "\n";
            if (ch === "\r" && i2 + 1 < text.length && text.charAt(i2 + 1) === "\n") {
              i2++;
            }
          }
          if (isLineStart && text.length > 0) {
            lineOffsets.push(text.length);
          }
          this._lineOffsets = lineOffsets;
        }
        return this._lineOffsets;
      }
      positionAt(offset) {
        offset = Math.max(Math.min(offset, this._content.length), 0);
        const lineOffsets = this.getLineOffsets();
        let low = 0, high = lineOffsets.length;
        if (high === 0) {
          return Position.create(0, offset);
        }
        while (low < high) {
          const mid = Math.floor((low + high) / 2);
          if (lineOffsets[mid] > offset) {
            high = mid;
          } else {
            low = mid + 1;
          }
        }
        const line = low - 1;
        return Position.create(line, offset - lineOffsets[line]);
      }
      offsetAt(position) {
        const lineOffsets = this.getLineOffsets();
        if (position.line >= lineOffsets.length) {
          return this._content.length;
        } else if (position.line < 0) {
          return 0;
        }
        const lineOffset = lineOffsets[position.line];
        const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this._content.length;
        return Math.max(Math.min(lineOffset + position.character, nextLineOffset), lineOffset);
      }
      get lineCount() {
        return this.getLineOffsets().length;
      }
    };
    (function(Is2) {
      const toString = Object.prototype.toString;
      function defined(value) {
        return typeof value !== "undefined";
      }
      Is2.defined = defined;
      function undefined2(value) {
        return typeof value === "undefined";
      }
      Is2.undefined = undefined2;
      function boolean(value) {
        return value === true || value === false;
      }
      Is2.boolean = boolean;
      function string(value) {
        return toString.call(value) === "[object String]";
      }
      Is2.string = string;
      function number(value) {
        return toString.call(value) === "[object Number]";
      }
      Is2.number = number;
      function numberRange(value, min, max) {
        return toString.call(value) === "[object Number]" && min <= value && value <= max;
      }
      Is2.numberRange = numberRange;
      function integer2(value) {
        return toString.call(value) === "[object Number]" && -2147483648 <= value && value <= 2147483647;
      }
      Is2.integer = integer2;
      function uinteger2(value) {
        return toString.call(value) === "[object Number]" && 0 <= value && value <= 2147483647;
      }
      Is2.uinteger = uinteger2;
      function func2(value) {
        return toString.call(value) === "[object Function]";
      }
      Is2.func = func2;
      function objectLiteral(value) {
        return value !== null && typeof value === "object";
      }
      Is2.objectLiteral = objectLiteral;
      function typedArray(value, check) {
        return Array.isArray(value) && value.every(check);
      }
      Is2.typedArray = typedArray;
    })(Is || (Is = {}));
  }
});

// node_modules/dockerfile-ast/lib/line.js
var require_line = __commonJS({
  "node_modules/dockerfile-ast/lib/line.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Line = void 0;
    var Line = class {
      constructor(document2, range) {
        this.document = document2;
        this.range = range;
      }
      getRange() {
        return this.range;
      }
      getTextContent() {
        return this.document.getText().substring(this.document.offsetAt(this.range.start), this.document.offsetAt(this.range.end));
      }
      isAfter(line) {
        return this.range.start.line > line.range.start.line;
      }
      isBefore(line) {
        return this.range.start.line < line;
      }
    };
    exports.Line = Line;
  }
});

// node_modules/dockerfile-ast/lib/util.js
var require_util = __commonJS({
  "node_modules/dockerfile-ast/lib/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Util = void 0;
    var Util = class _Util {
      static isUTF8BOM(char) {
        const uintArray = Uint8Array.from(Buffer.from(char, "UTF-8"));
        return uintArray[0] === 239 && uintArray[1] == 187 && uintArray[2] == 191;
      }
      static isWhitespace(char) {
        return char === " " || char === "	" || _Util.isNewline(char);
      }
      static isNewline(char) {
        return char === "\r" || char === "\n";
      }
      static findLeadingNonWhitespace(content, escapeChar) {
        whitespaceCheck: for (let i2 = 0; i2 < content.length; i2++) {
          switch (content.charAt(i2)) {
            case " ":
            case "	":
              continue;
            case escapeChar:
              escapeCheck: for (let j = i2 + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    i2 = j + 1;
                    continue whitespaceCheck;
                  case "\n":
                    i2 = j;
                    continue whitespaceCheck;
                  default:
                    break escapeCheck;
                }
              }
              return -1;
            default:
              return i2;
          }
        }
        return -1;
      }
      /**
       * Determines if the given position is contained within the given range.
       *
       * @param position the position to check
       * @param range the range to see if the position is inside of
       */
      static isInsideRange(position, range) {
        if (range.start.line === range.end.line) {
          return range.start.line === position.line && range.start.character <= position.character && position.character <= range.end.character;
        } else if (range.start.line === position.line) {
          return range.start.character <= position.character;
        } else if (range.end.line === position.line) {
          return position.character <= range.end.character;
        }
        return range.start.line < position.line && position.line < range.end.line;
      }
      static parseHeredocName(value) {
        value = value.substring(2);
        if (value.charAt(0) === "-") {
          value = value.substring(1);
        }
        if (value.charAt(0) === '"') {
          if (value.charAt(value.length - 1) !== '"') {
            return null;
          }
          value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === "'") {
          if (value.charAt(value.length - 1) !== "'") {
            return null;
          }
          value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === "<") {
          return null;
        }
        return value;
      }
    };
    exports.Util = Util;
  }
});

// node_modules/dockerfile-ast/lib/comment.js
var require_comment = __commonJS({
  "node_modules/dockerfile-ast/lib/comment.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Comment = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var line_1 = require_line();
    var util_1 = require_util();
    var Comment = class extends line_1.Line {
      constructor(document2, range) {
        super(document2, range);
      }
      toString() {
        const content = this.getContent();
        if (content) {
          return "# " + content;
        }
        return "#";
      }
      /**
       * Returns the content of this comment. This excludes leading and
       * trailing whitespace as well as the # symbol. If the comment only
       * consists of whitespace, the empty string will be returned.
       */
      getContent() {
        let range = this.getContentRange();
        if (range === null) {
          return "";
        }
        return this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
      }
      /**
       * Returns a range that includes the content of the comment
       * excluding any leading and trailing whitespace as well as the #
       * symbol. May return null if the comment only consists of whitespace
       * characters.
       */
      getContentRange() {
        let range = this.getRange();
        const startOffset = this.document.offsetAt(range.start);
        let raw = this.document.getText().substring(startOffset, this.document.offsetAt(range.end));
        let start2 = -1;
        let end = -1;
        for (let i2 = 1; i2 < raw.length; i2++) {
          if (!util_1.Util.isWhitespace(raw.charAt(i2))) {
            start2 = i2;
            break;
          }
        }
        if (start2 === -1) {
          return null;
        }
        for (let i2 = raw.length - 1; i2 >= 1; i2--) {
          if (!util_1.Util.isWhitespace(raw.charAt(i2))) {
            end = i2 + 1;
            break;
          }
        }
        return vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + start2), this.document.positionAt(startOffset + end));
      }
    };
    exports.Comment = Comment;
  }
});

// node_modules/vscode-languageserver-textdocument/lib/esm/main.js
var main_exports2 = {};
__export(main_exports2, {
  TextDocument: () => TextDocument2
});
function mergeSort(data, compare) {
  if (data.length <= 1) {
    return data;
  }
  const p = data.length / 2 | 0;
  const left = data.slice(0, p);
  const right = data.slice(p);
  mergeSort(left, compare);
  mergeSort(right, compare);
  let leftIdx = 0;
  let rightIdx = 0;
  let i2 = 0;
  while (leftIdx < left.length && rightIdx < right.length) {
    const ret = compare(left[leftIdx], right[rightIdx]);
    if (ret <= 0) {
      data[i2++] = left[leftIdx++];
    } else {
      data[i2++] = right[rightIdx++];
    }
  }
  while (leftIdx < left.length) {
    data[i2++] = left[leftIdx++];
  }
  while (rightIdx < right.length) {
    data[i2++] = right[rightIdx++];
  }
  return data;
}
function computeLineOffsets(text, isAtLineStart, textOffset = 0) {
  const result = isAtLineStart ? [textOffset] : [];
  for (let i2 = 0; i2 < text.length; i2++) {
    const ch = text.charCodeAt(i2);
    if (isEOL(ch)) {
      if (ch === 13 && i2 + 1 < text.length && text.charCodeAt(i2 + 1) === 10) {
        i2++;
      }
      result.push(textOffset + i2 + 1);
    }
  }
  return result;
}
function isEOL(char) {
  return char === 13 || char === 10;
}
function getWellformedRange(range) {
  const start2 = range.start;
  const end = range.end;
  if (start2.line > end.line || start2.line === end.line && start2.character > end.character) {
    return { start: end, end: start2 };
  }
  return range;
}
function getWellformedEdit(textEdit) {
  const range = getWellformedRange(textEdit.range);
  if (range !== textEdit.range) {
    return { newText: textEdit.newText, range };
  }
  return textEdit;
}
var FullTextDocument2, TextDocument2;
var init_main2 = __esm({
  "node_modules/vscode-languageserver-textdocument/lib/esm/main.js"() {
    "use strict";
    FullTextDocument2 = class _FullTextDocument {
      constructor(uri, languageId, version, content) {
        this._uri = uri;
        this._languageId = languageId;
        this._version = version;
        this._content = content;
        this._lineOffsets = void 0;
      }
      get uri() {
        return this._uri;
      }
      get languageId() {
        return this._languageId;
      }
      get version() {
        return this._version;
      }
      getText(range) {
        if (range) {
          const start2 = this.offsetAt(range.start);
          const end = this.offsetAt(range.end);
          return this._content.substring(start2, end);
        }
        return this._content;
      }
      update(changes, version) {
        for (const change of changes) {
          if (_FullTextDocument.isIncremental(change)) {
            const range = getWellformedRange(change.range);
            const startOffset = this.offsetAt(range.start);
            const endOffset = this.offsetAt(range.end);
            this._content = this._content.substring(0, startOffset) + change.text + this._content.substring(endOffset, this._content.length);
            const insertedEndOffset = startOffset + change.text.length;
            const crlfAtStart = this._content.charCodeAt(startOffset - 1) === 13 && this._content.charCodeAt(startOffset) === 10;
            const crlfAtEnd = this._content.charCodeAt(insertedEndOffset - 1) === 13 && this._content.charCodeAt(insertedEndOffset) === 10;
            if (crlfAtStart || crlfAtEnd) {
              this._lineOffsets = void 0;
              continue;
            }
            const startLine = Math.max(range.start.line, 0);
            const endLine = Math.max(range.end.line, 0);
            let lineOffsets = this._lineOffsets;
            const addedLineOffsets = computeLineOffsets(change.text, false, startOffset);
            if (endLine - startLine === addedLineOffsets.length) {
              for (let i2 = 0, len = addedLineOffsets.length; i2 < len; i2++) {
                lineOffsets[i2 + startLine + 1] = addedLineOffsets[i2];
              }
            } else {
              if (addedLineOffsets.length < 1e4) {
                lineOffsets.splice(startLine + 1, endLine - startLine, ...addedLineOffsets);
              } else {
                this._lineOffsets = lineOffsets = lineOffsets.slice(0, startLine + 1).concat(addedLineOffsets, lineOffsets.slice(endLine + 1));
              }
            }
            const diff = change.text.length - (endOffset - startOffset);
            if (diff !== 0) {
              for (let i2 = startLine + 1 + addedLineOffsets.length, len = lineOffsets.length; i2 < len; i2++) {
                lineOffsets[i2] = lineOffsets[i2] + diff;
              }
            }
          } else if (_FullTextDocument.isFull(change)) {
            this._content = change.text;
            this._lineOffsets = void 0;
          } else {
            throw new Error("Unknown change event received");
          }
        }
        this._version = version;
      }
      getLineOffsets() {
        if (this._lineOffsets === void 0) {
          this._lineOffsets = computeLineOffsets(this._content, true);
        }
        return this._lineOffsets;
      }
      positionAt(offset) {
        offset = Math.max(Math.min(offset, this._content.length), 0);
        const lineOffsets = this.getLineOffsets();
        let low = 0, high = lineOffsets.length;
        if (high === 0) {
          return { line: 0, character: offset };
        }
        while (low < high) {
          const mid = Math.floor((low + high) / 2);
          if (lineOffsets[mid] > offset) {
            high = mid;
          } else {
            low = mid + 1;
          }
        }
        const line = low - 1;
        offset = this.ensureBeforeEOL(offset, lineOffsets[line]);
        return { line, character: offset - lineOffsets[line] };
      }
      offsetAt(position) {
        const lineOffsets = this.getLineOffsets();
        if (position.line >= lineOffsets.length) {
          return this._content.length;
        } else if (position.line < 0) {
          return 0;
        }
        const lineOffset = lineOffsets[position.line];
        if (position.character <= 0) {
          return lineOffset;
        }
        const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this._content.length;
        const offset = Math.min(lineOffset + position.character, nextLineOffset);
        return this.ensureBeforeEOL(offset, lineOffset);
      }
      getLineRange(line) {
        const lineOffsets = this.getLineOffsets();
        if (line >= lineOffsets.length) {
          const lastLine = lineOffsets.length - 1;
          return { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: this._content.length - lineOffsets[lastLine] } };
        } else if (line < 0) {
          return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
        }
        const startOffset = lineOffsets[line];
        const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length;
        const endOffset = this.ensureBeforeEOL(nextLineOffset, startOffset);
        return { start: { line, character: 0 }, end: { line, character: endOffset - startOffset } };
      }
      getEOLCharacters(line) {
        const lineOffsets = this.getLineOffsets();
        if (line >= lineOffsets.length) {
          return "";
        } else if (line < 0) {
          return "";
        }
        const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length;
        const eolOffset = this.ensureBeforeEOL(nextLineOffset, lineOffsets[line]);
        return this._content.substring(eolOffset, nextLineOffset);
      }
      ensureBeforeEOL(offset, lineOffset) {
        while (offset > lineOffset && isEOL(this._content.charCodeAt(offset - 1))) {
          offset--;
        }
        return offset;
      }
      get lineCount() {
        return this.getLineOffsets().length;
      }
      static isIncremental(event) {
        const candidate = event;
        return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range !== void 0 && (candidate.rangeLength === void 0 || typeof candidate.rangeLength === "number");
      }
      static isFull(event) {
        const candidate = event;
        return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range === void 0 && candidate.rangeLength === void 0;
      }
    };
    (function(TextDocument3) {
      function create(uri, languageId, version, content) {
        return new FullTextDocument2(uri, languageId, version, content);
      }
      TextDocument3.create = create;
      function update(document2, changes, version) {
        if (document2 instanceof FullTextDocument2) {
          document2.update(changes, version);
          return document2;
        } else {
          throw new Error("TextDocument.update: document must be created by TextDocument.create");
        }
      }
      TextDocument3.update = update;
      function applyEdits(document2, edits) {
        const text = document2.getText();
        const sortedEdits = mergeSort(edits.map(getWellformedEdit), (a, b) => {
          const diff = a.range.start.line - b.range.start.line;
          if (diff === 0) {
            return a.range.start.character - b.range.start.character;
          }
          return diff;
        });
        let lastModifiedOffset = 0;
        const spans = [];
        for (const e of sortedEdits) {
          const startOffset = document2.offsetAt(e.range.start);
          if (startOffset < lastModifiedOffset) {
            throw new Error("Overlapping edit");
          } else if (startOffset > lastModifiedOffset) {
            spans.push(text.substring(lastModifiedOffset, startOffset));
          }
          if (e.newText.length) {
            spans.push(e.newText);
          }
          lastModifiedOffset = document2.offsetAt(e.range.end);
        }
        spans.push(text.substr(lastModifiedOffset));
        return spans.join("");
      }
      TextDocument3.applyEdits = applyEdits;
    })(TextDocument2 || (TextDocument2 = {}));
  }
});

// node_modules/dockerfile-ast/lib/parserDirective.js
var require_parserDirective = __commonJS({
  "node_modules/dockerfile-ast/lib/parserDirective.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ParserDirective = void 0;
    var main_1 = require_main();
    var line_1 = require_line();
    var ParserDirective = class extends line_1.Line {
      constructor(document2, range, nameRange, valueRange) {
        super(document2, range);
        this.nameRange = nameRange;
        this.valueRange = valueRange;
      }
      toString() {
        return "# " + this.getName() + "=" + this.getValue();
      }
      getNameRange() {
        return this.nameRange;
      }
      getValueRange() {
        return this.valueRange;
      }
      getName() {
        return this.document.getText().substring(this.document.offsetAt(this.nameRange.start), this.document.offsetAt(this.nameRange.end));
      }
      getValue() {
        return this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
      }
      getDirective() {
        const directive = main_1.Directive[this.getName().toLowerCase()];
        return directive === void 0 ? null : directive;
      }
    };
    exports.ParserDirective = ParserDirective;
  }
});

// node_modules/dockerfile-ast/lib/heredoc.js
var require_heredoc = __commonJS({
  "node_modules/dockerfile-ast/lib/heredoc.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Heredoc = void 0;
    var Heredoc = class {
      constructor(startRange, name2, nameRange, contentRange, endRange) {
        this.startRange = startRange;
        this.name = name2;
        this.nameRange = nameRange;
        this.contentRange = contentRange;
        this.endRange = endRange;
      }
      /**
       * Returns the name of the here-document.
       *
       * This API is experimental and subject to change.
       */
      getName() {
        return this.name;
      }
      /**
       * Returns the range of the start operator and the name. If the
       * here-document is initialized with <<EOT then the start range would
       * encompass all five characters.
       *
       * This API is experimental and subject to change.
       */
      getStartRange() {
        return this.startRange;
      }
      /**
       * Returns the range of this here-document's name that is declared at
       * the beginning of the here-document with the operator. If the
       * here-document is initialized with <<EOT then the name range would
       * encompass the latter three "EOT" characters.
       *
       * This API is experimental and subject to change.
       */
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the range of the content of this here-document. This may
       * be null if the here-document has no content because:
       * - the start range is the only thing that was declared
       * - the end range was declared immediately and there is no content
       *
       * This API is experimental and subject to change.
       */
      getContentRange() {
        return this.contentRange;
      }
      /**
       * Returns the range of the here-document's name on a line that
       * represents the end of the here-document.
       *
       * This API is experimental and subject to change.
       */
      getDelimiterRange() {
        return this.endRange;
      }
    };
    exports.Heredoc = Heredoc;
  }
});

// node_modules/dockerfile-ast/lib/variable.js
var require_variable = __commonJS({
  "node_modules/dockerfile-ast/lib/variable.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Variable = void 0;
    var Variable = class {
      constructor(name2, nameRange, range, modifier, modifierRange, substitutionParameter, substitutionRange, defined, buildVariable, stringValue2) {
        this.name = name2;
        this.nameRange = nameRange;
        this.range = range;
        this.modifier = modifier;
        this.modifierRange = modifierRange;
        this.substitutionParameter = substitutionParameter;
        this.substitutionRange = substitutionRange;
        this.defined = defined;
        this.buildVariable = buildVariable;
        this.stringValue = stringValue2;
      }
      toString() {
        return this.stringValue;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the range of the entire variable. This includes the symbols for
       * the declaration of the variable such as the $, {, and } symbols.
       *
       * @return the range in the document that this variable encompasses in its
       *         entirety
       */
      getRange() {
        return this.range;
      }
      /**
       * Returns the modifier character that has been set for
       * specifying how this variable should be expanded and resolved.
       * If this variable is ${variable:+value} then the modifier
       * character is '+'. Will be the empty string if the variable is
       * declared as ${variable:}. Otherwise, will be null if this
       * variable will not use variable substitution at all (such as
       * ${variable} or $variable).
       *
       * @return this variable's modifier character, or the empty
       *         string if it does not have one, or null if this
       *         variable will not use variable substitution
       */
      getModifier() {
        return this.modifier;
      }
      getModifierRange() {
        return this.modifierRange;
      }
      /**
       * Returns the parameter that will be used for substitution if
       * this variable uses modifiers to define how its value should be
       * resolved. If this variable is ${variable:+value} then the
       * substitution value will be 'value'. Will be the empty string
       * if the variable is declared as ${variable:+} or some other
       * variant where the only thing that follows the modifier
       * character (excluding considerations of escape characters and
       * so on) is the variable's closing bracket. May be null if this
       * variable does not have a modifier character defined (such as
       * ${variable} or $variable).
       *
       * @return this variable's substitution parameter, or the empty
       *         string if it does not have one, or null if there is
       *         not one defined
       */
      getSubstitutionParameter() {
        return this.substitutionParameter;
      }
      getSubstitutionRange() {
        return this.substitutionRange;
      }
      /**
       * Returns whether this variable has been defined or not.
       *
       * @return true if this variable has been defined, false otherwise
       */
      isDefined() {
        return this.defined;
      }
      isBuildVariable() {
        return this.buildVariable === true;
      }
      isEnvironmentVariable() {
        return this.buildVariable === false;
      }
    };
    exports.Variable = Variable;
  }
});

// node_modules/dockerfile-ast/lib/instruction.js
var require_instruction = __commonJS({
  "node_modules/dockerfile-ast/lib/instruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Instruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var util_1 = require_util();
    var line_1 = require_line();
    var argument_1 = require_argument();
    var heredoc_1 = require_heredoc();
    var variable_1 = require_variable();
    var main_1 = require_main();
    var Instruction = class extends line_1.Line {
      constructor(document2, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document2, range);
        this.dockerfile = dockerfile;
        this.escapeChar = escapeChar;
        this.instruction = instruction;
        this.instructionRange = instructionRange;
      }
      toString() {
        let value = this.getKeyword();
        for (let arg of this.getRawArguments()) {
          value += " ";
          value += arg.getValue();
        }
        return value;
      }
      getRangeContent(range) {
        if (range === null) {
          return null;
        }
        return this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
      }
      getInstructionRange() {
        return this.instructionRange;
      }
      getInstruction() {
        return this.instruction;
      }
      getKeyword() {
        return this.getInstruction().toUpperCase();
      }
      getArgumentsRange() {
        let args2 = this.getArguments();
        if (args2.length === 0) {
          return null;
        }
        return vscode_languageserver_types_1.Range.create(args2[0].getRange().start, args2[args2.length - 1].getRange().end);
      }
      getArgumentsRanges() {
        let args2 = this.getArguments();
        if (args2.length === 0) {
          return [];
        }
        if (args2[0].getRange().start.line === args2[args2.length - 1].getRange().end.line) {
          return [vscode_languageserver_types_1.Range.create(args2[0].getRange().start, args2[args2.length - 1].getRange().end)];
        }
        let ranges = [];
        let end = -1;
        let startPosition = args2[0].getRange().start;
        let range = this.getInstructionRange();
        let extra = this.document.offsetAt(startPosition) - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra, this.document.offsetAt(args2[args2.length - 1].getRange().end) - this.document.offsetAt(range.start));
        let offset = this.document.offsetAt(range.start) + extra;
        let start2 = false;
        let comment = false;
        for (let i2 = 0; i2 < fullArgs.length; i2++) {
          let char = fullArgs.charAt(i2);
          if (char === this.escapeChar) {
            let next = fullArgs.charAt(i2 + 1);
            if (next === " " || next === "	") {
              whitespaceCheck: for (let j = i2 + 2; j < fullArgs.length; j++) {
                switch (fullArgs.charAt(j)) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    j++;
                  case "\n":
                    if (startPosition !== null) {
                      ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                    }
                    startPosition = null;
                    start2 = true;
                    comment = false;
                    i2 = j;
                    break whitespaceCheck;
                  default:
                    break whitespaceCheck;
                }
              }
            } else if (next === "\r") {
              if (startPosition !== null) {
                ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                startPosition = null;
              }
              start2 = true;
              comment = false;
              i2 += 2;
            } else if (next === "\n") {
              if (startPosition !== null) {
                ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
              }
              startPosition = null;
              start2 = true;
              comment = false;
              i2++;
            } else {
              i2++;
            }
          } else if (util_1.Util.isNewline(char)) {
            if (comment) {
              startPosition = null;
              start2 = true;
              comment = false;
            }
          } else {
            if (!comment) {
              if (startPosition === null) {
                if (char === "#") {
                  comment = true;
                  continue;
                }
                let position = this.document.positionAt(offset + i2);
                if (position.character !== 0) {
                  startPosition = vscode_languageserver_types_1.Position.create(position.line, 0);
                }
              }
              end = i2;
            }
          }
        }
        if (startPosition === null) {
          ranges.push(vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + end), this.document.positionAt(offset + end + 1)));
        } else {
          ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
        }
        return ranges;
      }
      getRawArgumentsContent() {
        let args2 = this.getArguments();
        if (args2.length === 0) {
          return null;
        }
        return this.getRangeContent(vscode_languageserver_types_1.Range.create(args2[0].getRange().start, args2[args2.length - 1].getRange().end));
      }
      getArgumentsContent() {
        let args2 = this.getArguments();
        if (args2.length === 0) {
          return null;
        }
        let content = "";
        let ranges = this.getArgumentsRanges();
        let documentText = this.document.getText();
        for (let range of ranges) {
          content += documentText.substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
        }
        return content;
      }
      getArguments() {
        return this.getRawArguments();
      }
      getRawArguments() {
        let args2 = [];
        let range = this.getInstructionRange();
        let extra = this.document.offsetAt(range.end) - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let offset = this.document.offsetAt(range.start) + extra;
        let start2 = false;
        let comment = false;
        let found = -1;
        let escapedWhitespaceDetected = false;
        let escaping = false;
        let escapeMarker = -1;
        let escapedArg = "";
        for (let i2 = 0; i2 < fullArgs.length; i2++) {
          let char = fullArgs.charAt(i2);
          if (util_1.Util.isWhitespace(char)) {
            if (escaping) {
              escapedWhitespaceDetected = true;
              if (util_1.Util.isNewline(char)) {
                escapedWhitespaceDetected = false;
                if (comment) {
                  comment = false;
                  start2 = true;
                }
              }
              continue;
            } else if (found !== -1) {
              if (escapeMarker === -1) {
                args2.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + i2))));
              } else {
                args2.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
              }
              escapeMarker = -1;
              escapedArg = "";
              found = -1;
            }
          } else if (char === this.escapeChar) {
            let next = fullArgs.charAt(i2 + 1);
            if (next === " " || next === "	") {
              whitespaceCheck: for (let j = i2 + 2; j < fullArgs.length; j++) {
                let newlineCheck = fullArgs.charAt(j);
                switch (newlineCheck) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    j++;
                  case "\n":
                    comment = false;
                    escaping = true;
                    start2 = true;
                    if (found !== -1) {
                      escapeMarker = i2;
                    }
                    i2 = j;
                    break whitespaceCheck;
                  default:
                    escapeMarker = i2;
                    if (found === -1) {
                      i2 = j - 1;
                    }
                    break whitespaceCheck;
                }
              }
            } else if (next === "\r") {
              comment = false;
              escaping = true;
              start2 = true;
              if (found !== -1 && escapeMarker === -1) {
                escapeMarker = i2;
              }
              i2 += 2;
            } else if (next === "\n") {
              comment = false;
              escaping = true;
              start2 = true;
              if (found !== -1 && escapeMarker === -1) {
                escapeMarker = i2;
              }
              i2++;
            } else {
              if (escapedWhitespaceDetected && escapeMarker !== -1) {
                args2.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                escapedArg = "";
                found = -1;
              }
              escapeMarker = -1;
              escapedWhitespaceDetected = false;
              escaping = false;
              if (next === "$") {
                escapedArg = escapedArg + char + next;
              } else if (next === "") {
                break;
              } else {
                escapedArg = escapedArg + next;
              }
              if (found === -1) {
                found = i2;
              }
              i2++;
            }
          } else if (!comment) {
            if (start2 && char === "#") {
              comment = true;
            } else {
              if (escapedWhitespaceDetected && escapeMarker !== -1) {
                args2.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                escapedArg = "";
                found = -1;
              }
              escapedWhitespaceDetected = false;
              escaping = false;
              escapeMarker = -1;
              escapedArg = escapedArg + char;
              if (found === -1) {
                found = i2;
              }
            }
            start2 = false;
          }
        }
        if (found !== -1) {
          if (escapeMarker === -1) {
            args2.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + fullArgs.length))));
          } else {
            args2.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
          }
        }
        return args2;
      }
      getExpandedArguments() {
        let args2 = this.getArguments();
        for (let i2 = 0; i2 < args2.length; i2++) {
          const argRange = args2[i2].getRange();
          let offset = this.document.offsetAt(argRange.start);
          const variables = this.parseVariables(offset, args2[i2].getValue());
          const swaps = [];
          let requiresExpansion = false;
          for (let variable of variables) {
            const value = this.dockerfile.resolveVariable(variable.getName(), variable.getNameRange().start.line);
            swaps.push(value);
            requiresExpansion = requiresExpansion || value !== void 0;
          }
          if (requiresExpansion) {
            let expanded = "";
            for (let j = 0; j < swaps.length; j++) {
              const variableRange = variables[j].getRange();
              const start2 = this.document.offsetAt(variableRange.start);
              const end = this.document.offsetAt(variableRange.end);
              if (swaps[j]) {
                expanded += this.document.getText().substring(offset, start2);
                expanded += swaps[j];
                offset = end;
              } else {
                expanded += this.document.getText().substring(offset, end);
                offset = end;
              }
            }
            const argEnd = this.document.offsetAt(argRange.end);
            if (argEnd !== offset) {
              expanded += this.document.getText().substring(offset, argEnd);
            }
            args2[i2] = new argument_1.Argument(expanded, argRange);
          }
        }
        return args2;
      }
      getVariables() {
        const variables = [];
        const args2 = this.getRawArguments();
        for (const arg of args2) {
          let range = arg.getRange();
          let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
          const parsedVariables = this.parseVariables(this.document.offsetAt(arg.getRange().start), rawValue);
          for (const parsedVariable of parsedVariables) {
            variables.push(parsedVariable);
          }
        }
        return variables;
      }
      parseVariables(offset, arg) {
        let variables = [];
        variableLoop: for (let i2 = 0; i2 < arg.length; i2++) {
          switch (arg.charAt(i2)) {
            case this.escapeChar:
              if (arg.charAt(i2 + 1) === "$") {
                i2++;
              }
              break;
            case "$":
              if (arg.charAt(i2 + 1) === "{") {
                let escapedString = "${";
                let escapedName = "";
                let nameEnd = -1;
                let escapedSubstitutionParameter = "";
                let substitutionStart = -1;
                let substitutionEnd = -1;
                let modifierRead = -1;
                nameLoop: for (let j = i2 + 2; j < arg.length; j++) {
                  let char = arg.charAt(j);
                  switch (char) {
                    case this.escapeChar:
                      for (let k = j + 1; k < arg.length; k++) {
                        switch (arg.charAt(k)) {
                          case " ":
                          case "	":
                          case "\r":
                            continue;
                          case "\n":
                            j = k;
                            continue nameLoop;
                        }
                      }
                      break;
                    case "}":
                      escapedString += "}";
                      let modifier = null;
                      let modifierRange = null;
                      let substitutionParameter = modifierRead !== -1 ? escapedSubstitutionParameter : null;
                      let substitutionRange = null;
                      if (nameEnd === -1) {
                        nameEnd = j;
                      } else if (nameEnd + 1 === j) {
                        modifier = "";
                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + nameEnd + 1), this.document.positionAt(offset + nameEnd + 1));
                      } else {
                        if (substitutionStart === -1) {
                          substitutionStart = modifierRead + 1;
                          substitutionEnd = modifierRead + 1;
                        } else {
                          substitutionEnd = substitutionEnd + 1;
                        }
                        modifier = arg.substring(modifierRead, modifierRead + 1);
                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + modifierRead), this.document.positionAt(offset + modifierRead + 1));
                        substitutionRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + substitutionStart), this.document.positionAt(offset + substitutionEnd));
                      }
                      let start2 = this.document.positionAt(offset + i2);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i2 + 2), this.document.positionAt(offset + nameEnd)), vscode_languageserver_types_1.Range.create(start2, this.document.positionAt(offset + j + 1)), modifier, modifierRange, substitutionParameter, substitutionRange, this.dockerfile.resolveVariable(escapedName, start2.line) !== void 0, this.isBuildVariable(escapedName, start2.line), escapedString));
                      i2 = j;
                      continue variableLoop;
                    case ":":
                      if (nameEnd === -1) {
                        nameEnd = j;
                      } else if (modifierRead !== -1) {
                        if (substitutionStart === -1) {
                          substitutionStart = j;
                          substitutionEnd = j;
                        } else {
                          substitutionEnd = j;
                        }
                        escapedSubstitutionParameter += ":";
                      } else {
                        modifierRead = j;
                      }
                      escapedString += ":";
                      break;
                    case "\n":
                    case "\r":
                    case " ":
                    case "	":
                      break;
                    default:
                      if (nameEnd === -1) {
                        escapedName += char;
                      } else if (modifierRead !== -1) {
                        if (substitutionStart === -1) {
                          substitutionStart = j;
                          substitutionEnd = j;
                        } else {
                          substitutionEnd = j;
                        }
                        escapedSubstitutionParameter += char;
                      } else {
                        modifierRead = j;
                      }
                      escapedString += char;
                      break;
                  }
                }
                break variableLoop;
              } else if (util_1.Util.isWhitespace(arg.charAt(i2 + 1)) || i2 === arg.length - 1) {
                continue;
              } else {
                let escapedName = "";
                nameLoop: for (let j = i2 + 1; j < arg.length; j++) {
                  let char = arg.charAt(j);
                  switch (char) {
                    case "\r":
                    case "\n":
                    case " ":
                    case "	":
                      continue;
                    case "$":
                    case "'":
                    case '"':
                      let varStart = this.document.positionAt(offset + i2);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i2 + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== void 0, this.isBuildVariable(escapedName, varStart.line), "$" + escapedName));
                      i2 = j - 1;
                      continue variableLoop;
                    case this.escapeChar:
                      for (let k = j + 1; k < arg.length; k++) {
                        switch (arg.charAt(k)) {
                          case " ":
                          case "	":
                          case "\r":
                            continue;
                          case "\n":
                            j = k;
                            continue nameLoop;
                        }
                      }
                      let start3 = this.document.positionAt(offset + i2);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i2 + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(start3, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start3.line) !== void 0, this.isBuildVariable(escapedName, start3.line), "$" + escapedName));
                      break variableLoop;
                  }
                  if (char.match(/^[a-z0-9_]+$/i) === null) {
                    let varStart = this.document.positionAt(offset + i2);
                    variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i2 + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== void 0, this.isBuildVariable(escapedName, varStart.line), "$" + escapedName));
                    i2 = j - 1;
                    continue variableLoop;
                  }
                  escapedName += char;
                }
                let start2 = this.document.positionAt(offset + i2);
                variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i2 + 1), this.document.positionAt(offset + arg.length)), vscode_languageserver_types_1.Range.create(start2, this.document.positionAt(offset + arg.length)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start2.line) !== void 0, this.isBuildVariable(escapedName, start2.line), "$" + escapedName));
              }
              break variableLoop;
          }
        }
        return variables;
      }
      isBuildVariable(variable, line) {
        if (this.getKeyword() === main_1.Keyword.FROM) {
          for (const initialArg of this.dockerfile.getInitialARGs()) {
            const arg = initialArg;
            const property = arg.getProperty();
            if (property && variable === property.getName()) {
              return true;
            }
          }
          return void 0;
        }
        let image = this.dockerfile.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        let envs = image.getENVs();
        for (let i2 = envs.length - 1; i2 >= 0; i2--) {
          if (envs[i2].isBefore(line)) {
            for (let property of envs[i2].getProperties()) {
              if (property.getName() === variable) {
                return false;
              }
            }
          }
        }
        let args2 = image.getARGs();
        for (let i2 = args2.length - 1; i2 >= 0; i2--) {
          if (args2[i2].isBefore(line)) {
            let property = args2[i2].getProperty();
            if (property && property.getName() === variable) {
              return true;
            }
          }
        }
        return void 0;
      }
      createSingleLineHeredocs(args2) {
        const heredocs = [];
        for (const arg of args2) {
          const value = arg.getValue();
          if (value.startsWith("<<") && util_1.Util.parseHeredocName(value) !== null) {
            const startRange = arg.getRange();
            const nameRange = this.getNameRange(startRange);
            const name2 = this.getName(nameRange);
            heredocs.push(new heredoc_1.Heredoc(startRange, name2, nameRange, null, null));
          }
        }
        return heredocs;
      }
      getName(nameRange) {
        const content = this.document.getText(nameRange);
        let escaping = false;
        let name2 = "";
        nameLoop: for (let i2 = 0; i2 < content.length; i2++) {
          const ch = content.charAt(i2);
          switch (ch) {
            case this.escapeChar:
              escaping = true;
              for (let j = i2 + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    break;
                  case "\r":
                    i2 = j + 1;
                    continue nameLoop;
                  case "\n":
                    i2 = j;
                    continue nameLoop;
                  default:
                    name2 += content.charAt(j);
                    i2 = j;
                    continue nameLoop;
                }
              }
              break;
            case "#":
              if (escaping) {
                for (let j = i2 + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i2 = j;
                      continue nameLoop;
                  }
                }
              }
            case " ":
            case "	":
            case "\r":
            case "\n":
              if (escaping) {
                break;
              }
            default:
              name2 += ch;
              break;
          }
        }
        return name2;
      }
      getNameRange(startRange) {
        const content = this.document.getText(startRange);
        let endFound = false;
        let searchHyphen = false;
        let start2 = -1;
        let end = -1;
        let escaping = false;
        let quote = null;
        contentLoop: for (let i2 = 0; i2 < content.length; i2++) {
          const ch = content.charAt(i2);
          switch (ch) {
            case '"':
            case "'":
              if (quote === ch) {
                break contentLoop;
              }
              quote = ch;
              continue;
            case this.escapeChar:
              for (let j = i2 + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case "\n":
                    escaping = true;
                    j = i2;
                    continue contentLoop;
                }
              }
              break;
            case " ":
            case "	":
            case "\r":
            case "\n":
              break;
            case "<":
              if (endFound) {
                searchHyphen = true;
              } else {
                endFound = true;
              }
              break;
            case "-":
              if (searchHyphen) {
                searchHyphen = false;
                break;
              }
            case "#":
              if (escaping) {
                for (let j = i2 + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i2 = j;
                      continue contentLoop;
                  }
                }
              }
            default:
              if (start2 === -1) {
                start2 = i2;
              }
              if (quote !== null) {
                end = i2 + 1;
                break;
              }
              break contentLoop;
          }
        }
        if (start2 === -1) {
          return vscode_languageserver_types_1.Range.create(startRange.end, startRange.end);
        }
        const nameStart = this.document.positionAt(this.document.offsetAt(startRange.start) + start2);
        const nameEnd = quote !== null ? this.document.positionAt(this.document.offsetAt(startRange.start) + end) : startRange.end;
        return vscode_languageserver_types_1.Range.create(nameStart, nameEnd);
      }
      getHeredocs() {
        const args2 = this.getArguments();
        if (args2.length === 0) {
          return [];
        }
        const heredocs = [];
        const range = this.getRange();
        if (range.start.line === range.end.line) {
          return this.createSingleLineHeredocs(args2);
        }
        const heredocDefinitions = [];
        let heredocsProcessed = false;
        let escaping = false;
        let contentStart = -1;
        let contentEnd = -1;
        let lineStart = -1;
        let currentHeredoc = 0;
        const startOffset = this.document.offsetAt(args2[0].getRange().start);
        const content = this.getRangeContent(vscode_languageserver_types_1.Range.create(args2[0].getRange().start, this.getRange().end));
        contentLoop: for (let i2 = 0; i2 < content.length; i2++) {
          switch (content.charAt(i2)) {
            case this.escapeChar:
              escaping = true;
              for (let j = i2 + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    break;
                  case "\r":
                    j++;
                  case "\n":
                    i2 = j;
                    continue contentLoop;
                  default:
                    i2 = j;
                    continue contentLoop;
                }
              }
              break;
            case "\r":
              break;
            case "\n":
              if (escaping) {
                break;
              }
              if (heredocsProcessed) {
                if (contentStart === -1) {
                  contentStart = i2;
                }
                contentEnd = i2;
                const arg = heredocDefinitions[currentHeredoc];
                const startRange = arg.getRange();
                const nameRange = this.getNameRange(startRange);
                const name2 = this.getName(nameRange);
                const delimiterRange = this.getDelimiterRange(arg, name2, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), this.document.positionAt(startOffset + i2)));
                if (delimiterRange !== null) {
                  const contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + lineStart - 1));
                  heredocs.push(new heredoc_1.Heredoc(startRange, name2, nameRange, contentRange, delimiterRange));
                  contentStart = -1;
                  currentHeredoc++;
                }
                lineStart = -1;
              } else {
                const offsetLimit = startOffset + i2;
                for (const arg of args2) {
                  if (this.document.offsetAt(arg.getRange().start) < offsetLimit) {
                    if (arg.getValue().startsWith("<<")) {
                      heredocDefinitions.push(arg);
                    }
                  } else {
                    break;
                  }
                }
                heredocsProcessed = true;
                lineStart = -1;
                continue contentLoop;
              }
              break;
            case " ":
            case "	":
              if (escaping) {
                break;
              }
            case "#":
              if (escaping) {
                for (let j = i2 + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i2 = j;
                      continue contentLoop;
                  }
                }
              }
            default:
              if (escaping) {
                escaping = false;
              }
              if (heredocsProcessed) {
                if (contentStart === -1) {
                  contentStart = i2;
                }
                if (lineStart === -1) {
                  lineStart = i2;
                }
              }
              break;
          }
        }
        if (heredocsProcessed) {
          const arg = heredocDefinitions[currentHeredoc];
          const startRange = arg.getRange();
          const nameRange = this.getNameRange(startRange);
          const name2 = this.getName(nameRange);
          let contentRange = null;
          const delimiterRange = this.getDelimiterRange(arg, name2, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), range.end));
          if (delimiterRange === null) {
            contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), range.end);
          } else if (contentEnd !== -1) {
            contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + contentEnd));
          }
          heredocs.push(new heredoc_1.Heredoc(startRange, name2, nameRange, contentRange, delimiterRange));
          currentHeredoc++;
          for (let i2 = currentHeredoc; i2 < heredocDefinitions.length; i2++) {
            const arg2 = heredocDefinitions[currentHeredoc];
            const startRange2 = arg2.getRange();
            const nameRange2 = this.getNameRange(startRange2);
            const name3 = this.getName(nameRange2);
            heredocs.push(new heredoc_1.Heredoc(startRange2, name3, nameRange2, null, null));
            currentHeredoc++;
          }
        } else {
          return this.createSingleLineHeredocs(args2);
        }
        return heredocs;
      }
      getDelimiterRange(startArg, name2, candidateRange) {
        const text = this.document.getText(candidateRange);
        if (startArg.getValue().startsWith("<<-")) {
          let index = 0;
          while (text.charAt(index) === "	") {
            index++;
          }
          if (text.substring(index) === name2) {
            return vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(candidateRange.start.line, index), candidateRange.end);
          }
          return null;
        }
        return text === name2 ? candidateRange : null;
      }
    };
    exports.Instruction = Instruction;
  }
});

// node_modules/dockerfile-ast/lib/flagOption.js
var require_flagOption = __commonJS({
  "node_modules/dockerfile-ast/lib/flagOption.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.FlagOption = void 0;
    var FlagOption = class {
      constructor(range, name2, nameRange, value, valueRange) {
        this.range = range;
        this.name = name2;
        this.nameRange = nameRange;
        this.value = value;
        this.valueRange = valueRange;
      }
      toString() {
        if (this.valueRange !== null) {
          return this.name + "=" + this.value;
        }
        return this.name;
      }
      getRange() {
        return this.range;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      getValue() {
        return this.value;
      }
      getValueRange() {
        return this.valueRange;
      }
    };
    exports.FlagOption = FlagOption;
  }
});

// node_modules/dockerfile-ast/lib/flag.js
var require_flag = __commonJS({
  "node_modules/dockerfile-ast/lib/flag.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Flag = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var flagOption_1 = require_flagOption();
    var Flag = class {
      constructor(document2, range, name2, nameRange, value, valueRange) {
        this.options = [];
        this.range = range;
        this.name = name2;
        this.nameRange = nameRange;
        this.value = value;
        this.valueRange = valueRange;
        if (this.value !== null) {
          let offset = document2.offsetAt(valueRange.start);
          let nameStart = -1;
          let valueStart = -1;
          let hasOptions = false;
          for (let i2 = 0; i2 < value.length; i2++) {
            switch (value.charAt(i2)) {
              case "=":
                hasOptions = true;
                if (valueStart === -1) {
                  valueStart = i2 + 1;
                  break;
                }
                break;
              case ",":
                this.options.push(this.createFlagOption(document2, value, offset, nameStart, valueStart, i2));
                nameStart = -1;
                valueStart = -1;
                break;
              default:
                if (nameStart === -1) {
                  nameStart = i2;
                }
                break;
            }
          }
          if (hasOptions && nameStart !== -1) {
            this.options.push(this.createFlagOption(document2, value, offset, nameStart, valueStart, value.length));
          }
        }
      }
      createFlagOption(document2, content, documentOffset, nameStart, valueStart, valueEnd) {
        const optionRange = vscode_languageserver_types_1.Range.create(document2.positionAt(documentOffset + nameStart), document2.positionAt(documentOffset + valueEnd));
        if (valueStart === -1) {
          return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueEnd), optionRange, null, null);
        }
        return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueStart - 1), vscode_languageserver_types_1.Range.create(document2.positionAt(documentOffset + nameStart), document2.positionAt(documentOffset + valueStart - 1)), content.substring(valueStart, valueEnd), vscode_languageserver_types_1.Range.create(document2.positionAt(documentOffset + valueStart), document2.positionAt(documentOffset + valueEnd)));
      }
      toString() {
        if (this.valueRange) {
          return "--" + this.name + "=" + this.value;
        }
        return "--" + this.name;
      }
      /**
       * Returns the range that encompasses this entire flag. This includes the
       * -- prefix in the beginning to the last character of the flag's value (if
       * it has been defined).
       *
       * @return the entire range of this flag
       */
      getRange() {
        return this.range;
      }
      /**
       * Returns the name of this flag. The name does not include the -- prefix.
       * Thus, for HEALTHCHECK's --interval flag, interval is the flag's name and
       * not --interval.
       *
       * @return this flag's name
       */
      getName() {
        return this.name;
      }
      /**
       * Returns the range that encompasses the flag's name
       *
       * @return the range containing the flag's name
       */
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the value that has been set to this flag. May be null if the
       * flag is invalid and has no value set like a --start-period. If the flag
       * is instead a --start-period= with an equals sign then the flag's value
       * is the empty string.
       *
       * @return this flag's value if it has been defined, null otherwise
       */
      getValue() {
        return this.value;
      }
      /**
       * Returns the range that encompasses this flag's value. If no value has
       * been set then null will be returned.
       *
       * @return the range containing this flag's value, or null if the flag
       *         has no value defined
       */
      getValueRange() {
        return this.valueRange;
      }
      getOption(name2) {
        for (const option of this.options) {
          if (option.getName() === name2) {
            return option;
          }
        }
        return null;
      }
      getOptions() {
        return this.options;
      }
      hasOptions() {
        return this.options.length > 0;
      }
    };
    exports.Flag = Flag;
  }
});

// node_modules/dockerfile-ast/lib/modifiableInstruction.js
var require_modifiableInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/modifiableInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ModifiableInstruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var flag_1 = require_flag();
    var instruction_1 = require_instruction();
    var ModifiableInstruction = class extends instruction_1.Instruction {
      constructor(document2, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document2, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getFlags() {
        if (!this.flags) {
          this.flags = [];
          for (let arg of this.getArguments()) {
            let value = arg.getValue();
            if (this.stopSearchingForFlags(value)) {
              return this.flags;
            } else if (value.indexOf("--") === 0) {
              let range = arg.getRange();
              let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
              let nameIndex = value.indexOf("=");
              let index = rawValue.indexOf("=");
              let firstMatch = false;
              let secondMatch = false;
              let startIndex = -1;
              nameSearchLoop: for (let i2 = 0; i2 < rawValue.length; i2++) {
                switch (rawValue.charAt(i2)) {
                  case "\\":
                  case " ":
                  case "	":
                  case "\r":
                  case "\n":
                    break;
                  case "-":
                    if (secondMatch) {
                      startIndex = i2;
                      break nameSearchLoop;
                    } else if (firstMatch) {
                      secondMatch = true;
                    } else {
                      firstMatch = true;
                    }
                    break;
                  default:
                    startIndex = i2;
                    break nameSearchLoop;
                }
              }
              let nameStart = this.document.positionAt(this.document.offsetAt(range.start) + startIndex);
              if (index === -1) {
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2), vscode_languageserver_types_1.Range.create(nameStart, range.end), null, null));
              } else if (index === value.length - 1) {
                let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, index), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), "", vscode_languageserver_types_1.Range.create(range.end, range.end)));
              } else {
                let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, nameIndex), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), value.substring(nameIndex + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(this.document.offsetAt(range.start) + index + 1), range.end)));
              }
            }
          }
        }
        return this.flags;
      }
      getArguments() {
        const args2 = super.getArguments();
        const flags2 = this.getFlags();
        if (flags2.length === 0) {
          return args2;
        }
        for (let i2 = 0; i2 < flags2.length; i2++) {
          args2.shift();
        }
        return args2;
      }
    };
    exports.ModifiableInstruction = ModifiableInstruction;
  }
});

// node_modules/dockerfile-ast/lib/jsonInstruction.js
var require_jsonInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/jsonInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.JSONInstruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var argument_1 = require_argument();
    var jsonArgument_1 = require_jsonArgument();
    var modifiableInstruction_1 = require_modifiableInstruction();
    var JSONInstruction = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document2, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document2, range, dockerfile, escapeChar, instruction, instructionRange);
        this.openingBracket = null;
        this.closingBracket = null;
        this.jsonStrings = [];
        const argsContent = this.getRawArgumentsContent();
        if (argsContent === null) {
          return;
        }
        const args2 = this.getArguments();
        if (args2.length === 1 && args2[0].getValue() === "[]") {
          let argRange = args2[0].getRange();
          this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character, argRange.start.line, argRange.start.character + 1));
          this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character + 1, argRange.end.line, argRange.end.character));
          return;
        } else if (args2.length === 2 && args2[0].getValue() === "[" && args2[1].getValue() === "]") {
          this.openingBracket = args2[0];
          this.closingBracket = args2[1];
          return;
        }
        const argsOffset = document2.offsetAt(this.getArgumentsRange().start);
        let start2 = -1;
        let last = "";
        let quoted = false;
        let escapedArg = "";
        argsCheck: for (let i2 = 0; i2 < argsContent.length; i2++) {
          let char = argsContent.charAt(i2);
          switch (char) {
            case "[":
              if (last === "") {
                this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(document2.positionAt(argsOffset + i2), document2.positionAt(argsOffset + i2 + 1)));
                last = "[";
              } else if (quoted) {
                escapedArg = escapedArg + char;
              } else {
                break argsCheck;
              }
              break;
            case '"':
              if (last === "[" || last === ",") {
                start2 = i2;
                quoted = true;
                last = '"';
                escapedArg = escapedArg + char;
                continue;
              } else if (last === '"') {
                if (quoted) {
                  escapedArg = escapedArg + char;
                  quoted = false;
                  this.jsonStrings.push(new jsonArgument_1.JSONArgument(escapedArg, vscode_languageserver_types_1.Range.create(document2.positionAt(argsOffset + start2), document2.positionAt(argsOffset + i2 + 1)), vscode_languageserver_types_1.Range.create(document2.positionAt(argsOffset + start2 + 1), document2.positionAt(argsOffset + i2))));
                  escapedArg = "";
                } else {
                  break argsCheck;
                }
              } else {
                break argsCheck;
              }
              break;
            case ",":
              if (quoted) {
                escapedArg = escapedArg + char;
              } else {
                if (last === '"') {
                  last = ",";
                } else {
                  break argsCheck;
                }
              }
              break;
            case "]":
              if (quoted) {
                escapedArg = escapedArg + char;
              } else if (last !== "") {
                this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(document2.positionAt(argsOffset + i2), document2.positionAt(argsOffset + i2 + 1)));
                break argsCheck;
              }
              break;
            case " ":
            case "	":
              break;
            case "\\":
              if (quoted) {
                switch (argsContent.charAt(i2 + 1)) {
                  case '"':
                  case "\\":
                    escapedArg = escapedArg + argsContent.charAt(i2 + 1);
                    i2++;
                    continue;
                  case " ":
                  case "	":
                    escapeCheck: for (let j = i2 + 2; j < argsContent.length; j++) {
                      switch (argsContent.charAt(j)) {
                        case "\r":
                          j++;
                        case "\n":
                          i2 = j;
                          continue argsCheck;
                        case " ":
                        case "	":
                          break;
                        default:
                          break escapeCheck;
                      }
                    }
                    break;
                  case "\r":
                    i2++;
                  default:
                    i2++;
                    continue;
                }
              } else {
                escapeCheck: for (let j = i2 + 1; j < argsContent.length; j++) {
                  switch (argsContent.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i2 = j;
                      continue argsCheck;
                    case " ":
                    case "	":
                      break;
                    default:
                      break escapeCheck;
                  }
                }
              }
              break argsCheck;
            default:
              if (!quoted) {
                break argsCheck;
              }
              escapedArg = escapedArg + char;
              break;
          }
        }
      }
      stopSearchingForFlags(_value) {
        return true;
      }
      getOpeningBracket() {
        return this.openingBracket;
      }
      getJSONStrings() {
        return this.jsonStrings;
      }
      getClosingBracket() {
        return this.closingBracket;
      }
    };
    exports.JSONInstruction = JSONInstruction;
  }
});

// node_modules/dockerfile-ast/lib/instructions/add.js
var require_add = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/add.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Add = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Add = class extends jsonInstruction_1.JSONInstruction {
      constructor(document2, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document2, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
    };
    exports.Add = Add;
  }
});

// node_modules/dockerfile-ast/lib/property.js
var require_property = __commonJS({
  "node_modules/dockerfile-ast/lib/property.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Property = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var util_1 = require_util();
    var Property = class _Property {
      constructor(document2, escapeChar, arg, arg2) {
        this.assignmentOperatorRange = null;
        this.assignmentOperator = null;
        this.valueRange = null;
        this.value = null;
        this.document = document2;
        this.escapeChar = escapeChar;
        this.nameRange = _Property.getNameRange(document2, arg);
        let value = document2.getText().substring(document2.offsetAt(this.nameRange.start), document2.offsetAt(this.nameRange.end));
        this.name = _Property.getValue(value, escapeChar);
        if (arg2) {
          this.valueRange = arg2.getRange();
          value = document2.getText().substring(document2.offsetAt(this.valueRange.start), document2.offsetAt(this.valueRange.end));
          this.value = _Property.getValue(value, escapeChar);
          this.range = vscode_languageserver_types_1.Range.create(this.nameRange.start, this.valueRange.end);
        } else {
          let argRange = arg.getRange();
          if (this.nameRange.start.line === argRange.start.line && this.nameRange.start.character === argRange.start.character && this.nameRange.end.line === argRange.end.line && this.nameRange.end.character === argRange.end.character) {
          } else {
            this.valueRange = _Property.getValueRange(document2, arg);
            value = document2.getText().substring(document2.offsetAt(this.valueRange.start), document2.offsetAt(this.valueRange.end));
            this.value = _Property.getValue(value, escapeChar);
            this.assignmentOperatorRange = vscode_languageserver_types_1.Range.create(this.nameRange.end, this.valueRange.start);
            this.assignmentOperator = "=";
          }
          this.range = argRange;
        }
      }
      getRange() {
        return this.range;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      getValue() {
        return this.value;
      }
      getValueRange() {
        return this.valueRange;
      }
      /**
       * Retrieves the operator used for delimiting between the name and
       * value of this property. This will either be the "=" character
       * or null if a character was not used or if this property has no
       * value defined.
       */
      getAssignmentOperator() {
        return this.assignmentOperator;
      }
      getAssignmentOperatorRange() {
        return this.assignmentOperatorRange;
      }
      /**
       * Returns the value of this property including any enclosing
       * single or double quotes and relevant escape characters.
       * Escaped newlines and its associated contiguous whitespace
       * characters however will not be returned as they are deemed to
       * be uninteresting to clients trying to return a Dockerfile.
       *
       * @return the unescaped value of this property or null if this
       *         property has no associated value
       */
      getUnescapedValue() {
        if (this.valueRange === null) {
          return null;
        }
        let escaped = false;
        let rawValue = "";
        let value = this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
        rawLoop: for (let i2 = 0; i2 < value.length; i2++) {
          let char = value.charAt(i2);
          switch (char) {
            case this.escapeChar:
              for (let j = i2 + 1; j < value.length; j++) {
                switch (value.charAt(j)) {
                  case "\r":
                    j++;
                  case "\n":
                    escaped = true;
                    i2 = j;
                    continue rawLoop;
                  case " ":
                  case "	":
                    break;
                  default:
                    rawValue = rawValue + char;
                    continue rawLoop;
                }
              }
              rawValue = rawValue + char;
              break;
            case "\r":
            case "\n":
              break;
            case " ":
            case "	":
              if (!escaped) {
                rawValue = rawValue + char;
              }
              break;
            case "#":
              if (escaped) {
                for (let j = i2 + 1; j < value.length; j++) {
                  switch (value.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i2 = j;
                      continue rawLoop;
                  }
                }
              } else {
                rawValue = rawValue + char;
              }
              break;
            default:
              rawValue = rawValue + char;
              escaped = false;
              break;
          }
        }
        return rawValue;
      }
      static getNameRange(document2, arg) {
        let value = arg.getValue();
        let index = value.indexOf("=");
        if (index !== -1) {
          let initial = value.charAt(0);
          let before = value.charAt(index - 1);
          if (initial === '"' && before === '"' || initial === "'" && before === "'" || initial !== '"' && initial !== "'") {
            return vscode_languageserver_types_1.Range.create(arg.getRange().start, document2.positionAt(document2.offsetAt(arg.getRange().start) + index));
          }
        }
        return arg.getRange();
      }
      static getValueRange(document2, arg) {
        return vscode_languageserver_types_1.Range.create(document2.positionAt(document2.offsetAt(arg.getRange().start) + arg.getValue().indexOf("=") + 1), document2.positionAt(document2.offsetAt(arg.getRange().end)));
      }
      /**
       * Returns the actual value of this key-value pair. The value will
       * have its escape characters removed if applicable. If the value
       * spans multiple lines and there are comments nested within the
       * lines, they too will be removed.
       *
       * @return the value that this key-value pair will actually be, may
       *         be null if no value is defined, may be the empty string
       *         if the value only consists of whitespace
       */
      static getValue(value, escapeChar) {
        let escaped = false;
        const skip = util_1.Util.findLeadingNonWhitespace(value, escapeChar);
        if (skip !== 0 && value.charAt(skip) === "#") {
          escaped = true;
        }
        value = value.substring(skip);
        let first = value.charAt(0);
        let last = value.charAt(value.length - 1);
        let literal = first === "'" || first === '"';
        let inSingle = first === "'" && last === "'";
        let inDouble = false;
        if (first === '"') {
          for (let i2 = 1; i2 < value.length; i2++) {
            if (value.charAt(i2) === escapeChar) {
              i2++;
            } else if (value.charAt(i2) === '"' && i2 === value.length - 1) {
              inDouble = true;
            }
          }
        }
        if (inSingle || inDouble) {
          value = value.substring(1, value.length - 1);
        }
        let commentCheck = -1;
        let escapedValue = "";
        let start2 = 0;
        parseValue: for (let i2 = 0; i2 < value.length; i2++) {
          let char = value.charAt(i2);
          switch (char) {
            case escapeChar:
              if (i2 + 1 === value.length) {
                escapedValue = escapedValue + escapeChar;
                break parseValue;
              }
              char = value.charAt(i2 + 1);
              if (char === " " || char === "	") {
                whitespaceCheck: for (let j = i2 + 2; j < value.length; j++) {
                  let char2 = value.charAt(j);
                  switch (char2) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                      j++;
                    case "\n":
                      escaped = true;
                      i2 = j;
                      continue parseValue;
                    default:
                      if (!inDouble && !inSingle && !literal) {
                        if (char2 === escapeChar) {
                          escapedValue = escapedValue + char;
                          i2 = i2 + 1;
                        } else {
                          escapedValue = escapedValue + char + char2;
                          i2 = j;
                        }
                        continue parseValue;
                      }
                      break whitespaceCheck;
                  }
                }
              }
              if (inDouble) {
                if (char === "\r") {
                  escaped = true;
                  i2 = i2 + 2;
                } else if (char === "\n") {
                  escaped = true;
                  i2++;
                } else if (char !== '"') {
                  if (char === escapeChar) {
                    i2++;
                  }
                  escapedValue = escapedValue + escapeChar;
                }
                continue parseValue;
              } else if (inSingle || literal) {
                if (char === "\r") {
                  escaped = true;
                  i2 = i2 + 2;
                } else if (char === "\n") {
                  escaped = true;
                  i2++;
                } else {
                  escapedValue = escapedValue + escapeChar;
                }
                continue parseValue;
              } else if (char === escapeChar) {
                escapedValue = escapedValue + escapeChar;
                i2++;
              } else if (char === "\r") {
                escaped = true;
                i2 = i2 + 2;
              } else if (char === "\n") {
                escaped = true;
                i2++;
                start2 = i2;
              } else {
                escapedValue = escapedValue + char;
                i2++;
              }
              break;
            case " ":
            case "	":
              if (escaped && commentCheck === -1) {
                commentCheck = i2;
              }
              escapedValue = escapedValue + char;
              break;
            case "\r":
              i2++;
            case "\n":
              if (escaped && commentCheck !== -1) {
                escapedValue = escapedValue.substring(0, escapedValue.length - (i2 - commentCheck - 1));
                commentCheck = -1;
              }
              break;
            case "#":
              if (escaped) {
                if (commentCheck !== -1) {
                  escapedValue = escapedValue.substring(0, escapedValue.length - (i2 - commentCheck));
                  commentCheck = -1;
                }
                newlineCheck: for (let j = i2 + 1; j < value.length; j++) {
                  switch (value.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i2 = j;
                      break newlineCheck;
                  }
                }
                continue parseValue;
              }
            default:
              if (escaped) {
                escaped = false;
                commentCheck = -1;
              }
              escapedValue = escapedValue + char;
              break;
          }
        }
        return escapedValue;
      }
    };
    exports.Property = Property;
  }
});

// node_modules/dockerfile-ast/lib/propertyInstruction.js
var require_propertyInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/propertyInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.PropertyInstruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var instruction_1 = require_instruction();
    var property_1 = require_property();
    var argument_1 = require_argument();
    var util_1 = require_util();
    var PropertyInstruction = class extends instruction_1.Instruction {
      constructor(document2, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document2, range, dockerfile, escapeChar, instruction, instructionRange);
        this.properties = void 0;
      }
      getProperties() {
        if (this.properties === void 0) {
          let args2 = this.getPropertyArguments();
          if (args2.length === 0) {
            this.properties = [];
          } else if (args2.length === 1) {
            this.properties = [new property_1.Property(this.document, this.escapeChar, args2[0])];
          } else if (args2.length === 2) {
            if (args2[0].getValue().indexOf("=") === -1) {
              this.properties = [new property_1.Property(this.document, this.escapeChar, args2[0], args2[1])];
            } else {
              this.properties = [
                new property_1.Property(this.document, this.escapeChar, args2[0]),
                new property_1.Property(this.document, this.escapeChar, args2[1])
              ];
            }
          } else if (args2[0].getValue().indexOf("=") === -1) {
            let text = this.document.getText();
            let start2 = args2[1].getRange().start;
            let end = args2[args2.length - 1].getRange().end;
            text = text.substring(this.document.offsetAt(start2), this.document.offsetAt(end));
            this.properties = [new property_1.Property(this.document, this.escapeChar, args2[0], new argument_1.Argument(text, vscode_languageserver_types_1.Range.create(args2[1].getRange().start, args2[args2.length - 1].getRange().end)))];
          } else {
            this.properties = [];
            for (let i2 = 0; i2 < args2.length; i2++) {
              this.properties.push(new property_1.Property(this.document, this.escapeChar, args2[i2]));
            }
          }
        }
        return this.properties;
      }
      /**
       * Goes from the back of the string and returns the first
       * non-whitespace character that is found. If an escape character
       * is found with newline characters, the escape character will
       * not be considered a non-whitespace character and its index in
       * the string will not be returned.
       *
       * @param content the string to search through
       * @return the index in the string for the first non-whitespace
       *         character when searching from the end of the string
       */
      findTrailingNonWhitespace(content) {
        let index = content.length;
        whitespaceCheck: for (let i2 = content.length - 1; i2 >= 0; i2--) {
          switch (content.charAt(i2)) {
            case " ":
            case "	":
              continue;
            case "\n":
              if (content.charAt(i2 - 1) === "\r") {
                i2 = i2 - 1;
              }
            case "\r":
              newlineCheck: for (let j = i2 - 1; j >= 0; j--) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                  case "\r":
                  case "\n":
                  case this.escapeChar:
                    continue;
                  default:
                    index = j;
                    break newlineCheck;
                }
              }
              break whitespaceCheck;
            default:
              index = i2;
              break whitespaceCheck;
          }
        }
        return index;
      }
      getPropertyArguments() {
        const args2 = [];
        let range = this.getInstructionRange();
        let instructionNameEndOffset = this.document.offsetAt(range.end);
        let extra = instructionNameEndOffset - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let start2 = util_1.Util.findLeadingNonWhitespace(fullArgs, this.escapeChar);
        if (start2 === -1) {
          return [];
        }
        const startPosition = this.document.positionAt(instructionNameEndOffset + start2);
        let escaped = range.start.line !== startPosition.line;
        let endingEscape = false;
        let mark = -1;
        let end = this.findTrailingNonWhitespace(fullArgs);
        content = fullArgs.substring(start2, end + 1);
        let argStart = escaped ? -1 : 0;
        let spaced = false;
        argumentLoop: for (let i2 = 0; i2 < content.length; i2++) {
          let char = content.charAt(i2);
          switch (char) {
            case this.escapeChar:
              if (i2 + 1 === content.length) {
                endingEscape = true;
                break argumentLoop;
              }
              if (!escaped) {
                mark = i2;
              }
              switch (content.charAt(i2 + 1)) {
                case " ":
                case "	":
                  if (!util_1.Util.isWhitespace(content.charAt(i2 + 2))) {
                    i2 = i2 + 1;
                    continue argumentLoop;
                  }
                  whitespaceCheck: for (let j = i2 + 2; j < content.length; j++) {
                    switch (content.charAt(j)) {
                      case "\r":
                        j++;
                      case "\n":
                        escaped = true;
                        i2 = j;
                        continue argumentLoop;
                      case " ":
                      case "	":
                        break;
                      default:
                        args2.push(new argument_1.Argument(content.substring(argStart, i2), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start2 + argStart), this.document.positionAt(instructionNameEndOffset + start2 + i2 + 2))));
                        argStart = j;
                        break whitespaceCheck;
                    }
                  }
                  i2 = argStart - 1;
                  continue argumentLoop;
                case "\r":
                  i2++;
                case "\n":
                  escaped = true;
                  i2 = i2 + 1;
                  continue argumentLoop;
                case this.escapeChar:
                  if (argStart === -1) {
                    argStart = i2;
                  }
                  i2 = i2 + 1;
                  continue argumentLoop;
                default:
                  if (argStart === -1) {
                    argStart = i2;
                  }
                  continue argumentLoop;
              }
            case "'":
            case '"':
              if (spaced) {
                this.createSpacedArgument(argStart, args2, content, mark, instructionNameEndOffset, start2);
                argStart = i2;
                spaced = false;
              }
              if (argStart === -1) {
                argStart = i2;
              }
              for (let j = i2 + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case char:
                    if (content.charAt(j + 1) !== " " && content.charAt(j + 1) !== "") {
                      i2 = j;
                      continue argumentLoop;
                    }
                    args2.push(new argument_1.Argument(content.substring(argStart, j + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start2 + argStart), this.document.positionAt(instructionNameEndOffset + start2 + j + 1))));
                    i2 = j;
                    argStart = -1;
                    continue argumentLoop;
                  case this.escapeChar:
                    j++;
                    break;
                }
              }
              break argumentLoop;
            case " ":
            case "	":
              if (escaped) {
                if (argStart !== -1) {
                  spaced = true;
                }
              } else if (argStart !== -1) {
                args2.push(new argument_1.Argument(content.substring(argStart, i2), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start2 + argStart), this.document.positionAt(instructionNameEndOffset + start2 + i2))));
                argStart = -1;
              }
              break;
            case "\r":
              i2++;
            case "\n":
              spaced = false;
              break;
            case "#":
              if (escaped) {
                for (let j = i2 + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i2 = j;
                      spaced = false;
                      continue argumentLoop;
                  }
                }
                if (argStart !== -1) {
                  let value = content.substring(argStart, mark);
                  args2.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start2 + argStart), this.document.positionAt(instructionNameEndOffset + start2 + mark))));
                  argStart = -1;
                }
                break argumentLoop;
              } else if (argStart === -1) {
                argStart = i2;
              }
              break;
            default:
              if (spaced) {
                this.createSpacedArgument(argStart, args2, content, mark, instructionNameEndOffset, start2);
                argStart = i2;
                spaced = false;
              }
              escaped = false;
              if (argStart === -1) {
                argStart = i2;
              }
              if (char === "$" && content.charAt(i2 + 1) === "{") {
                let singleQuotes = false;
                let doubleQuotes = false;
                let escaped2 = false;
                for (let j = i2 + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case this.escapeChar:
                      escaped2 = true;
                      break;
                    case "\r":
                    case "\n":
                      break;
                    case "'":
                      singleQuotes = !singleQuotes;
                      escaped2 = false;
                      break;
                    case '"':
                      doubleQuotes = !doubleQuotes;
                      escaped2 = false;
                      break;
                    case " ":
                    case "	":
                      if (escaped2 || singleQuotes || doubleQuotes) {
                        break;
                      }
                      i2 = j - 1;
                      continue argumentLoop;
                    case "}":
                      i2 = j;
                      continue argumentLoop;
                    default:
                      escaped2 = false;
                      break;
                  }
                }
                break argumentLoop;
              }
              break;
          }
        }
        if (argStart !== -1 && argStart !== content.length) {
          let end2 = endingEscape ? content.length - 1 : content.length;
          let value = content.substring(argStart, end2);
          args2.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start2 + argStart), this.document.positionAt(instructionNameEndOffset + start2 + end2))));
        }
        return args2;
      }
      createSpacedArgument(argStart, args2, content, mark, instructionNameEndOffset, start2) {
        if (argStart !== -1) {
          args2.push(new argument_1.Argument(content.substring(argStart, mark), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start2 + argStart), this.document.positionAt(instructionNameEndOffset + start2 + mark))));
        }
      }
    };
    exports.PropertyInstruction = PropertyInstruction;
  }
});

// node_modules/dockerfile-ast/lib/instructions/arg.js
var require_arg = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/arg.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Arg = void 0;
    var property_1 = require_property();
    var propertyInstruction_1 = require_propertyInstruction();
    var Arg = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document2, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document2, range, dockerfile, escapeChar, instruction, instructionRange);
        this.property = null;
        const args2 = this.getPropertyArguments();
        if (args2.length === 1) {
          this.property = new property_1.Property(this.document, this.escapeChar, args2[0]);
        } else {
          this.property = null;
        }
      }
      /**
       * Returns the variable defined by this ARG. This may be null if
       * this ARG instruction is malformed and has no variable
       * declaration.
       */
      getProperty() {
        return this.property;
      }
    };
    exports.Arg = Arg;
  }
});

// node_modules/dockerfile-ast/lib/instructions/cmd.js
var require_cmd = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/cmd.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Cmd = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Cmd = class extends jsonInstruction_1.JSONInstruction {
      constructor(document2, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document2, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Cmd = Cmd;
  }
});

// node_modules/dockerfile-ast/lib/instructions/copy.js
var require_copy = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/copy.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Copy = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Copy = class extends jsonInstruction_1.JSONInstruction {
      constructor(document2, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document2, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      getFromFlag() {
        let flags2 = super.getFlags();
        return flags2.length === 1 && flags2[0].getName() === "from" ? flags2[0] : null;
      }
      /**
       * Returns there here-documents that are defined in this RUN
       * instruction.
       *
       * This API is experimental and subject to change.
       */
      getHeredocs() {
        return super.getHeredocs();
      }
    };
    exports.Copy = Copy;
  }
});

// node_modules/dockerfile-ast/lib/instructions/env.js
var require_env = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/env.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Env = void 0;
    var propertyInstruction_1 = require_propertyInstruction();
    var Env = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document2, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document2, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getProperties() {
        return super.getProperties();
      }
    };
    exports.Env = Env;
  }
});

// node_modules/dockerfile-ast/lib/instructions/entrypoint.js
var require_entrypoint = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/entrypoint.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Entrypoint = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Entrypoint = class extends jsonInstruction_1.JSONInstruction {
      constructor(document2, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document2, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Entrypoint = Entrypoint;
  }
});

// node_modules/dockerfile-ast/lib/instructions/from.js
var require_from = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/from.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.From = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var modifiableInstruction_1 = require_modifiableInstruction();
    var From = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document2, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document2, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      getImage() {
        const args2 = this.getArguments();
        return args2.length > 0 ? args2[0].getValue() : null;
      }
      /**
       * Returns the name of the image that will be used as the base image.
       *
       * @return the base image's name, or null if unspecified
       */
      getImageName() {
        const imageName2 = this.getRangeContent(this.getImageNameRange());
        if (imageName2 === null) {
          return null;
        }
        let commented = false;
        let escaped = false;
        let name2 = "";
        for (let i2 = 0; i2 < imageName2.length; i2++) {
          const ch = imageName2.charAt(i2);
          switch (ch) {
            case this.escapeChar:
              escaped = true;
              break;
            case "\r":
              continue;
            case "\n":
              commented = false;
              break;
            case " ":
            case "	":
              break;
            case "#":
              if (escaped) {
                commented = true;
              } else {
                name2 = name2 + ch;
                escaped = false;
              }
              break;
            default:
              if (!commented) {
                name2 = name2 + ch;
                escaped = false;
              }
              break;
          }
        }
        return name2;
      }
      /**
       * Returns the range that covers the name of the image used by
       * this instruction.
       *
       * @return the range of the name of this instruction's argument,
       *         or null if no image has been specified
       */
      getImageNameRange() {
        let range = this.getImageRange();
        if (range) {
          let registryRange = this.getRegistryRange();
          if (registryRange) {
            range.start = this.document.positionAt(this.document.offsetAt(registryRange.end) + 1);
          }
          let tagRange = this.getImageTagRange();
          let digestRange = this.getImageDigestRange();
          if (tagRange === null) {
            if (digestRange !== null) {
              range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
            }
          } else {
            range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
          }
          return range;
        }
        return null;
      }
      /**
       * Returns the range that covers the image argument of this
       * instruction. This includes the tag or digest of the image if
       * it has been specified by the instruction.
       *
       * @return the range of the image argument, or null if no image
       *         has been specified
       */
      getImageRange() {
        let args2 = this.getArguments();
        return args2.length !== 0 ? args2[0].getRange() : null;
      }
      getImageTag() {
        return this.getRangeContent(this.getImageTagRange());
      }
      /**
       * Returns the range in the document that the tag of the base
       * image encompasses.
       *
       * @return the base image's tag's range in the document, or null
       *         if no tag has been specified
       */
      getImageTagRange() {
        const range = this.getImageRange();
        if (range) {
          const rangeStartOffset = this.document.offsetAt(range.start);
          const content = this.getRangeContent(range);
          const atIndex = this.indexOf(rangeStartOffset, content, "@");
          const slashIndex = content.indexOf("/");
          if (atIndex === -1) {
            const colonIndex = this.lastIndexOf(rangeStartOffset, content, ":");
            if (colonIndex > slashIndex) {
              return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + colonIndex + 1), range.end);
            }
          }
          const subcontent = content.substring(0, atIndex);
          const subcolonIndex = subcontent.indexOf(":");
          if (subcolonIndex === -1) {
            return null;
          }
          if (slashIndex === -1) {
            return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + atIndex));
          }
          if (subcolonIndex < slashIndex) {
            return null;
          }
          return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + subcontent.length));
        }
        return null;
      }
      getImageDigest() {
        return this.getRangeContent(this.getImageDigestRange());
      }
      /**
       * Returns the range in the document that the digest of the base
       * image encompasses.
       *
       * @return the base image's digest's range in the document, or null
       *         if no digest has been specified
       */
      getImageDigestRange() {
        let range = this.getImageRange();
        if (range) {
          let content = this.getRangeContent(range);
          let index = this.lastIndexOf(this.document.offsetAt(range.start), content, "@");
          if (index !== -1) {
            return vscode_languageserver_types_1.Range.create(range.start.line, range.start.character + index + 1, range.end.line, range.end.character);
          }
        }
        return null;
      }
      indexOf(documentOffset, content, searchString) {
        let index = content.indexOf(searchString);
        const variables = this.getVariables();
        for (let i2 = 0; i2 < variables.length; i2++) {
          const position = documentOffset + index;
          const variableRange = variables[i2].getRange();
          if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
            const offset = this.document.offsetAt(variableRange.end) - documentOffset;
            const substring = content.substring(offset);
            const subIndex = substring.indexOf(searchString);
            if (subIndex === -1) {
              return -1;
            }
            index = subIndex + offset;
            i2 = -1;
            continue;
          }
        }
        return index;
      }
      lastIndexOf(documentOffset, content, searchString) {
        let index = content.lastIndexOf(searchString);
        const variables = this.getVariables();
        for (let i2 = 0; i2 < variables.length; i2++) {
          const position = documentOffset + index;
          const variableRange = variables[i2].getRange();
          if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
            index = content.substring(0, index).lastIndexOf(searchString);
            if (index === -1) {
              return -1;
            }
            i2 = -1;
            continue;
          }
        }
        return index;
      }
      getRegistry() {
        return this.getRangeContent(this.getRegistryRange());
      }
      getRegistryRange() {
        const range = this.getImageRange();
        if (range) {
          const tagRange = this.getImageTagRange();
          const digestRange = this.getImageDigestRange();
          if (tagRange === null) {
            if (digestRange !== null) {
              range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
            }
          } else {
            range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
          }
          const content = this.getRangeContent(range);
          const rangeStart = this.document.offsetAt(range.start);
          const startingSlashIndex = this.indexOf(rangeStart, content, "/");
          if (startingSlashIndex === -1) {
            return null;
          }
          const portIndex = this.indexOf(rangeStart, content, ":");
          const dotIndex = this.indexOf(rangeStart, content, ".");
          if (portIndex !== -1 || dotIndex !== -1) {
            return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
          }
          const registry = content.substring(0, startingSlashIndex);
          if (registry === "localhost") {
            return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
          }
        }
        return null;
      }
      getBuildStage() {
        let range = this.getBuildStageRange();
        return range === null ? null : this.getRangeContent(range);
      }
      getBuildStageRange() {
        let args2 = this.getArguments();
        if (args2.length > 2 && args2[1].getValue().toUpperCase() === "AS") {
          return args2[2].getRange();
        }
        return null;
      }
      getPlatformFlag() {
        let flags2 = super.getFlags();
        return flags2.length === 1 && flags2[0].getName() === "platform" ? flags2[0] : null;
      }
    };
    exports.From = From;
  }
});

// node_modules/dockerfile-ast/lib/instructions/healthcheck.js
var require_healthcheck = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/healthcheck.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Healthcheck = void 0;
    var modifiableInstruction_1 = require_modifiableInstruction();
    var Healthcheck = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document2, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document2, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        argument = argument.toUpperCase();
        return argument === "CMD" || argument === "NONE";
      }
      getSubcommand() {
        let args2 = this.getArguments();
        return args2.length !== 0 ? args2[0] : null;
      }
    };
    exports.Healthcheck = Healthcheck;
  }
});

// node_modules/dockerfile-ast/lib/instructions/label.js
var require_label = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/label.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Label = void 0;
    var propertyInstruction_1 = require_propertyInstruction();
    var util_1 = require_util();
    var Label = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document2, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document2, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getVariables() {
        const variables = super.getVariables();
        const properties = this.getProperties();
        for (const property of properties) {
          const value = property.getUnescapedValue();
          if (value !== null && value.length > 2 && value.charAt(0) === "'" && value.charAt(value.length - 1) === "'") {
            const range = property.getValueRange();
            for (let i2 = 0; i2 < variables.length; i2++) {
              if (util_1.Util.isInsideRange(variables[i2].getRange().start, range)) {
                variables.splice(i2, 1);
                i2--;
              }
            }
          }
        }
        return variables;
      }
      getProperties() {
        return super.getProperties();
      }
    };
    exports.Label = Label;
  }
});

// node_modules/dockerfile-ast/lib/instructions/onbuild.js
var require_onbuild = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/onbuild.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Onbuild = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var parser_1 = require_parser();
    var instruction_1 = require_instruction();
    var Onbuild = class extends instruction_1.Instruction {
      constructor(document2, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document2, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getTrigger() {
        let trigger = this.getTriggerWord();
        return trigger === null ? null : trigger.toUpperCase();
      }
      getTriggerWord() {
        return this.getRangeContent(this.getTriggerRange());
      }
      getTriggerRange() {
        let args2 = this.getArguments();
        return args2.length > 0 ? args2[0].getRange() : null;
      }
      getTriggerInstruction() {
        let triggerRange = this.getTriggerRange();
        if (triggerRange === null) {
          return null;
        }
        let args2 = this.getArguments();
        return parser_1.Parser.createInstruction(this.document, this.dockerfile, this.escapeChar, vscode_languageserver_types_1.Range.create(args2[0].getRange().start, this.getRange().end), this.getTriggerWord(), triggerRange);
      }
    };
    exports.Onbuild = Onbuild;
  }
});

// node_modules/dockerfile-ast/lib/instructions/run.js
var require_run = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/run.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Run = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Run = class extends jsonInstruction_1.JSONInstruction {
      constructor(document2, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document2, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      /**
       * Returns there here-documents that are defined in this RUN
       * instruction.
       *
       * This API is experimental and subject to change.
       */
      getHeredocs() {
        return super.getHeredocs();
      }
    };
    exports.Run = Run;
  }
});

// node_modules/dockerfile-ast/lib/instructions/shell.js
var require_shell = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/shell.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Shell = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Shell = class extends jsonInstruction_1.JSONInstruction {
      constructor(document2, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document2, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Shell = Shell;
  }
});

// node_modules/dockerfile-ast/lib/instructions/stopsignal.js
var require_stopsignal = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/stopsignal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Stopsignal = void 0;
    var instruction_1 = require_instruction();
    var Stopsignal = class extends instruction_1.Instruction {
      constructor(document2, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document2, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Stopsignal = Stopsignal;
  }
});

// node_modules/dockerfile-ast/lib/instructions/workdir.js
var require_workdir = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/workdir.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Workdir = void 0;
    var instruction_1 = require_instruction();
    var Workdir = class extends instruction_1.Instruction {
      constructor(document2, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document2, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      /**
       * Returns the path that has been defined. Note that this path may
       * be absolute or relative depending on what was written in the
       * instruction.
       *
       * @return the working directory's path, or null if this
       *         instruction has no arguments
       */
      getPath() {
        return this.getArgumentsContent();
      }
      /**
       * Returns the absolute path that this instruction resolves to. The
       * function will inspect prior WORKDIR instructions in the current
       * image or another build stage in the Dockerfile to try to
       * determine this.
       *
       * @return the absolute path of the working directory, or null if
       *         this instruction has no arguments, or undefined if it
       *         cannot be determined because only relative paths could be
       *         found
       */
      getAbsolutePath() {
        const path2 = this.getPath();
        if (path2 === null || path2.startsWith("/")) {
          return path2;
        }
        const startLine = this.getRange().start.line;
        const hierarchy = this.dockerfile.getStageHierarchy(startLine);
        for (let i2 = hierarchy.length - 1; i2 >= 0; i2--) {
          const workdirs = hierarchy[i2].getWORKDIRs();
          for (let j = workdirs.length - 1; j >= 0; j--) {
            if (workdirs[j].getRange().start.line < startLine) {
              const parent = workdirs[j].getAbsolutePath();
              if (parent === void 0 || parent === null) {
                return void 0;
              }
              return parent.endsWith("/") ? parent + path2 : parent + "/" + path2;
            }
          }
        }
        return void 0;
      }
    };
    exports.Workdir = Workdir;
  }
});

// node_modules/dockerfile-ast/lib/instructions/user.js
var require_user = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/user.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.User = void 0;
    var instruction_1 = require_instruction();
    var User = class extends instruction_1.Instruction {
      constructor(document2, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document2, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.User = User;
  }
});

// node_modules/dockerfile-ast/lib/instructions/volume.js
var require_volume = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/volume.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Volume = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Volume = class extends jsonInstruction_1.JSONInstruction {
      constructor(document2, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document2, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Volume = Volume;
  }
});

// node_modules/dockerfile-ast/lib/imageTemplate.js
var require_imageTemplate = __commonJS({
  "node_modules/dockerfile-ast/lib/imageTemplate.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ImageTemplate = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var arg_1 = require_arg();
    var cmd_1 = require_cmd();
    var copy_1 = require_copy();
    var env_1 = require_env();
    var entrypoint_1 = require_entrypoint();
    var from_1 = require_from();
    var healthcheck_1 = require_healthcheck();
    var onbuild_1 = require_onbuild();
    var util_1 = require_util();
    var workdir_1 = require_workdir();
    var ImageTemplate = class {
      constructor() {
        this.comments = [];
        this.instructions = [];
      }
      addComment(comment) {
        this.comments.push(comment);
      }
      getComments() {
        return this.comments;
      }
      addInstruction(instruction) {
        this.instructions.push(instruction);
      }
      getInstructions() {
        return this.instructions;
      }
      getInstructionAt(line) {
        for (let instruction of this.instructions) {
          if (util_1.Util.isInsideRange(vscode_languageserver_types_1.Position.create(line, 0), instruction.getRange())) {
            return instruction;
          }
        }
        return null;
      }
      /**
       * Gets all the ARG instructions that are defined in this image.
       */
      getARGs() {
        let args2 = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof arg_1.Arg) {
            args2.push(instruction);
          }
        }
        return args2;
      }
      /**
       * Gets all the CMD instructions that are defined in this image.
       */
      getCMDs() {
        let cmds = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof cmd_1.Cmd) {
            cmds.push(instruction);
          }
        }
        return cmds;
      }
      /**
       * Gets all the COPY instructions that are defined in this image.
       */
      getCOPYs() {
        let copies = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof copy_1.Copy) {
            copies.push(instruction);
          }
        }
        return copies;
      }
      /**
       * Gets all the ENTRYPOINT instructions that are defined in this image.
       */
      getENTRYPOINTs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof entrypoint_1.Entrypoint) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      /**
       * Gets all the ENV instructions that are defined in this image.
       */
      getENVs() {
        let args2 = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof env_1.Env) {
            args2.push(instruction);
          }
        }
        return args2;
      }
      getFROM() {
        for (const instruction of this.instructions) {
          if (instruction instanceof from_1.From) {
            return instruction;
          }
        }
        return null;
      }
      /**
       * Gets all the FROM instructions that are defined in this image.
       */
      getFROMs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof from_1.From) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      /**
       * Gets all the HEALTHCHECK instructions that are defined in this image.
       */
      getHEALTHCHECKs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof healthcheck_1.Healthcheck) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      getWORKDIRs() {
        const workdirs = [];
        for (const instruction of this.instructions) {
          if (instruction instanceof workdir_1.Workdir) {
            workdirs.push(instruction);
          }
        }
        return workdirs;
      }
      getOnbuildTriggers() {
        let triggers = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof onbuild_1.Onbuild) {
            let trigger = instruction.getTriggerInstruction();
            if (trigger) {
              triggers.push(trigger);
            }
          }
        }
        return triggers;
      }
      getAvailableVariables(currentLine) {
        const variables = [];
        for (const arg of this.getARGs()) {
          if (arg.isBefore(currentLine)) {
            const property = arg.getProperty();
            if (property) {
              const variable = property.getName();
              if (variables.indexOf(variable) === -1) {
                variables.push(variable);
              }
            }
          }
        }
        for (const env of this.getENVs()) {
          if (env.isBefore(currentLine)) {
            for (const property of env.getProperties()) {
              const variable = property.getName();
              if (variables.indexOf(variable) === -1) {
                variables.push(variable);
              }
            }
          }
        }
        return variables;
      }
      /**
       * Resolves a variable with the given name at the specified line
       * to its value. If null is returned, then the variable has been
       * defined but no value was given. If undefined is returned, then
       * a variable with the given name has not been defined yet as of
       * the given line.
       *
       * @param variable the name of the variable to resolve
       * @param line the line number that the variable is on, zero-based
       * @return the value of the variable as defined by an ARG or ENV
       *         instruction, or null if no value has been specified, or
       *         undefined if a variable with the given name has not
       *         been defined
       */
      resolveVariable(variable, line) {
        let envs = this.getENVs();
        for (let i2 = envs.length - 1; i2 >= 0; i2--) {
          if (envs[i2].isBefore(line)) {
            for (let property of envs[i2].getProperties()) {
              if (property.getName() === variable) {
                return property.getValue();
              }
            }
          }
        }
        let args2 = this.getARGs();
        for (let i2 = args2.length - 1; i2 >= 0; i2--) {
          if (args2[i2].isBefore(line)) {
            let property = args2[i2].getProperty();
            if (property && property.getName() === variable) {
              return property.getValue();
            }
          }
        }
        return void 0;
      }
      getRange() {
        const instructions = this.getInstructions();
        if (instructions.length === 0) {
          return vscode_languageserver_types_1.Range.create(0, 0, 0, 0);
        }
        const instructionStart = instructions[0].getRange().start;
        const instructionEnd = instructions[instructions.length - 1].getRange().end;
        return vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
      }
      contains(position) {
        const range = this.getRange();
        if (range === null) {
          return false;
        }
        return util_1.Util.isInsideRange(position, range);
      }
    };
    exports.ImageTemplate = ImageTemplate;
  }
});

// node_modules/dockerfile-ast/lib/dockerfile.js
var require_dockerfile = __commonJS({
  "node_modules/dockerfile-ast/lib/dockerfile.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Dockerfile = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var ast = require_main();
    var imageTemplate_1 = require_imageTemplate();
    var from_1 = require_from();
    var util_1 = require_util();
    var main_1 = require_main();
    var Dockerfile = class extends imageTemplate_1.ImageTemplate {
      constructor(document2) {
        super();
        this.initialInstructions = new imageTemplate_1.ImageTemplate();
        this.buildStages = [];
        this.directives = [];
        this.foundFrom = false;
        this.document = document2;
      }
      getEscapeCharacter() {
        for (const directive of this.directives) {
          if (directive.getDirective() === ast.Directive.escape) {
            const value = directive.getValue();
            if (value === "\\" || value === "`") {
              return value;
            }
          }
        }
        return "\\";
      }
      getInitialARGs() {
        return this.initialInstructions.getARGs();
      }
      getContainingImage(position) {
        let range = vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(0, 0), this.document.positionAt(this.document.getText().length));
        if (!util_1.Util.isInsideRange(position, range)) {
          return null;
        }
        if (this.initialInstructions.getComments().length > 0 || this.initialInstructions.getInstructions().length > 0) {
          if (util_1.Util.isInsideRange(position, this.initialInstructions.getRange())) {
            return this.initialInstructions;
          }
        }
        for (const buildStage of this.buildStages) {
          if (util_1.Util.isInsideRange(position, buildStage.getRange())) {
            return buildStage;
          }
        }
        return this;
      }
      addInstruction(instruction) {
        if (instruction.getKeyword() === main_1.Keyword.FROM) {
          this.currentBuildStage = new imageTemplate_1.ImageTemplate();
          this.buildStages.push(this.currentBuildStage);
          this.foundFrom = true;
        } else if (!this.foundFrom) {
          this.initialInstructions.addInstruction(instruction);
        }
        if (this.foundFrom) {
          this.currentBuildStage.addInstruction(instruction);
        }
        super.addInstruction(instruction);
      }
      setDirectives(directives) {
        this.directives = directives;
      }
      getDirective() {
        return this.directives.length === 0 ? null : this.directives[0];
      }
      getDirectives() {
        return this.directives;
      }
      resolveVariable(variable, line) {
        for (let from of this.getFROMs()) {
          let range = from.getRange();
          if (range.start.line <= line && line <= range.end.line) {
            let initialARGs = new imageTemplate_1.ImageTemplate();
            for (let instruction of this.initialInstructions.getARGs()) {
              initialARGs.addInstruction(instruction);
            }
            return initialARGs.resolveVariable(variable, line);
          }
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null) {
          return void 0;
        }
        let resolvedVariable = image.resolveVariable(variable, line);
        if (resolvedVariable === null) {
          let initialARGs = new imageTemplate_1.ImageTemplate();
          for (let instruction of this.initialInstructions.getARGs()) {
            initialARGs.addInstruction(instruction);
          }
          return initialARGs.resolveVariable(variable, line);
        }
        return resolvedVariable;
      }
      getAvailableVariables(currentLine) {
        if (this.getInstructionAt(currentLine) instanceof from_1.From) {
          let variables = [];
          for (let arg of this.getInitialARGs()) {
            let property = arg.getProperty();
            if (property) {
              variables.push(property.getName());
            }
          }
          return variables;
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(currentLine, 0));
        return image ? image.getAvailableVariables(currentLine) : [];
      }
      getParentStage(image) {
        const templateFrom = image.getFROM();
        const imageName2 = templateFrom === null ? null : templateFrom.getImageName();
        if (imageName2 === null) {
          return null;
        }
        for (const from of this.getFROMs()) {
          if (from.getBuildStage() === imageName2) {
            const range = from.getRange();
            if (range.start.line === templateFrom.getRange().start.line) {
              return null;
            }
            return this.getContainingImage(range.start);
          }
        }
        return null;
      }
      getStageHierarchy(line) {
        const image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null) {
          return [];
        }
        const stages = [image];
        let stage = this.getParentStage(image);
        while (stage !== null) {
          stages.splice(0, 0, stage);
          stage = this.getParentStage(stage);
        }
        return stages;
      }
      getAvailableWorkingDirectories(line) {
        const availableDirectories = /* @__PURE__ */ new Set();
        for (const image of this.getStageHierarchy(line)) {
          for (const workdir of image.getWORKDIRs()) {
            if (workdir.getRange().end.line < line) {
              let directory = workdir.getAbsolutePath();
              if (directory !== void 0 && directory !== null) {
                if (!directory.endsWith("/")) {
                  directory += "/";
                }
                availableDirectories.add(directory);
              }
            }
          }
        }
        return Array.from(availableDirectories);
      }
      /**
       * Internally reorganize the comments in the Dockerfile and allocate
       * them to the relevant build stages that they belong to.
       */
      organizeComments() {
        const comments = this.getComments();
        for (let i2 = 0; i2 < comments.length; i2++) {
          if (util_1.Util.isInsideRange(comments[i2].getRange().end, this.initialInstructions.getRange())) {
            this.initialInstructions.addComment(comments[i2]);
          } else {
            for (const buildStage of this.buildStages) {
              if (util_1.Util.isInsideRange(comments[i2].getRange().start, buildStage.getRange())) {
                buildStage.addComment(comments[i2]);
              }
            }
          }
        }
      }
      getRange() {
        const comments = this.getComments();
        const instructions = this.getInstructions();
        let range = null;
        if (comments.length === 0) {
          if (instructions.length > 0) {
            range = vscode_languageserver_types_1.Range.create(instructions[0].getRange().start, instructions[instructions.length - 1].getRange().end);
          }
        } else if (instructions.length === 0) {
          range = vscode_languageserver_types_1.Range.create(comments[0].getRange().start, comments[comments.length - 1].getRange().end);
        } else {
          const commentStart = comments[0].getRange().start;
          const commentEnd = comments[comments.length - 1].getRange().end;
          const instructionStart = instructions[0].getRange().start;
          const instructionEnd = instructions[instructions.length - 1].getRange().end;
          if (commentStart.line < instructionStart.line) {
            if (commentEnd.line < instructionEnd.line) {
              range = vscode_languageserver_types_1.Range.create(commentStart, instructionEnd);
            }
            range = vscode_languageserver_types_1.Range.create(commentStart, commentEnd);
          } else if (commentEnd.line < instructionEnd.line) {
            range = vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
          } else {
            range = vscode_languageserver_types_1.Range.create(instructionStart, commentEnd);
          }
        }
        if (range === null) {
          if (this.directives.length === 0) {
            return null;
          }
          return this.directives[0].getRange();
        } else if (this.directives.length === 0) {
          return range;
        }
        return vscode_languageserver_types_1.Range.create(this.directives[0].getRange().start, range.end);
      }
    };
    exports.Dockerfile = Dockerfile;
  }
});

// node_modules/dockerfile-ast/lib/parser.js
var require_parser = __commonJS({
  "node_modules/dockerfile-ast/lib/parser.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Parser = void 0;
    var vscode_languageserver_textdocument_1 = (init_main2(), __toCommonJS(main_exports2));
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var comment_1 = require_comment();
    var parserDirective_1 = require_parserDirective();
    var instruction_1 = require_instruction();
    var add_1 = require_add();
    var arg_1 = require_arg();
    var cmd_1 = require_cmd();
    var copy_1 = require_copy();
    var env_1 = require_env();
    var entrypoint_1 = require_entrypoint();
    var from_1 = require_from();
    var healthcheck_1 = require_healthcheck();
    var label_1 = require_label();
    var onbuild_1 = require_onbuild();
    var run_1 = require_run();
    var shell_1 = require_shell();
    var stopsignal_1 = require_stopsignal();
    var workdir_1 = require_workdir();
    var user_1 = require_user();
    var volume_1 = require_volume();
    var dockerfile_1 = require_dockerfile();
    var util_1 = require_util();
    var main_1 = require_main();
    var Parser2 = class _Parser {
      constructor() {
        this.escapeChar = null;
      }
      static createInstruction(document2, dockerfile, escapeChar, lineRange, instruction, instructionRange) {
        switch (instruction.toUpperCase()) {
          case "ADD":
            return new add_1.Add(document2, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ARG":
            return new arg_1.Arg(document2, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "CMD":
            return new cmd_1.Cmd(document2, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "COPY":
            return new copy_1.Copy(document2, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ENTRYPOINT":
            return new entrypoint_1.Entrypoint(document2, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ENV":
            return new env_1.Env(document2, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "FROM":
            return new from_1.From(document2, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "HEALTHCHECK":
            return new healthcheck_1.Healthcheck(document2, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "LABEL":
            return new label_1.Label(document2, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ONBUILD":
            return new onbuild_1.Onbuild(document2, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "RUN":
            return new run_1.Run(document2, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "SHELL":
            return new shell_1.Shell(document2, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "STOPSIGNAL":
            return new stopsignal_1.Stopsignal(document2, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "WORKDIR":
            return new workdir_1.Workdir(document2, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "USER":
            return new user_1.User(document2, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "VOLUME":
            return new volume_1.Volume(document2, lineRange, dockerfile, escapeChar, instruction, instructionRange);
        }
        return new instruction_1.Instruction(document2, lineRange, dockerfile, escapeChar, instruction, instructionRange);
      }
      getParserDirectives(document2, buffer) {
        const directives = [];
        this.escapeChar = "";
        const offset = util_1.Util.isUTF8BOM(buffer.substring(0, 1)) ? 1 : 0;
        directiveCheck: for (let i2 = offset; i2 < buffer.length; i2++) {
          switch (buffer.charAt(i2)) {
            case " ":
            case "	":
              break;
            case "\r":
            case "\n":
              break directiveCheck;
            case "#":
              let directiveStart = -1;
              let directiveEnd = -1;
              for (let j = i2 + 1; j < buffer.length; j++) {
                let char = buffer.charAt(j);
                switch (char) {
                  case " ":
                  case "	":
                    if (directiveStart !== -1 && directiveEnd === -1) {
                      directiveEnd = j;
                    }
                    break;
                  case "\r":
                  case "\n":
                    break directiveCheck;
                  case "=":
                    let valueStart = -1;
                    let valueEnd = -1;
                    if (directiveEnd === -1) {
                      directiveEnd = j;
                    }
                    let lineEnd = buffer.length;
                    directiveValue: for (let k = j + 1; k < buffer.length; k++) {
                      char = buffer.charAt(k);
                      switch (char) {
                        case "\r":
                        case "\n":
                          if (valueStart !== -1 && valueEnd === -1) {
                            valueEnd = k;
                          }
                          lineEnd = k;
                          break directiveValue;
                        case "	":
                        case " ":
                          if (valueStart !== -1 && valueEnd === -1) {
                            valueEnd = k;
                          }
                          continue;
                        default:
                          if (valueStart === -1) {
                            valueStart = k;
                          }
                          break;
                      }
                    }
                    if (directiveStart === -1) {
                      break directiveCheck;
                    }
                    if (valueStart === -1) {
                      valueStart = j + 1;
                      valueEnd = lineEnd;
                    } else if (valueEnd === -1) {
                      valueEnd = buffer.length;
                    }
                    const lineRange = vscode_languageserver_types_1.Range.create(document2.positionAt(i2), document2.positionAt(lineEnd));
                    const nameRange = vscode_languageserver_types_1.Range.create(document2.positionAt(directiveStart), document2.positionAt(directiveEnd));
                    const valueRange = vscode_languageserver_types_1.Range.create(document2.positionAt(valueStart), document2.positionAt(valueEnd));
                    directives.push(new parserDirective_1.ParserDirective(document2, lineRange, nameRange, valueRange));
                    directiveStart = -1;
                    if (buffer.charAt(valueEnd) === "\r") {
                      i2 = valueEnd + 1;
                    } else {
                      i2 = valueEnd;
                    }
                    continue directiveCheck;
                  default:
                    if (directiveStart === -1) {
                      directiveStart = j;
                    }
                    break;
                }
              }
              break;
            default:
              break directiveCheck;
          }
        }
        return directives;
      }
      parse(buffer) {
        this.document = vscode_languageserver_textdocument_1.TextDocument.create("", "", 0, buffer);
        this.buffer = buffer;
        let dockerfile = new dockerfile_1.Dockerfile(this.document);
        let directives = this.getParserDirectives(this.document, this.buffer);
        let offset = 0;
        this.escapeChar = "\\";
        if (directives.length > 0) {
          dockerfile.setDirectives(directives);
          this.escapeChar = dockerfile.getEscapeCharacter();
          offset = this.document.offsetAt(vscode_languageserver_types_1.Position.create(directives.length, 0));
        } else if (util_1.Util.isUTF8BOM(buffer.substring(0, 1))) {
          offset = 1;
        }
        for (let i2 = offset; i2 < this.buffer.length; i2++) {
          const char = this.buffer.charAt(i2);
          switch (char) {
            case " ":
            case "	":
            case "\r":
            case "\n":
              break;
            case "#":
              i2 = this.processComment(dockerfile, i2);
              break;
            default:
              i2 = this.processInstruction(dockerfile, char, i2);
              break;
          }
        }
        dockerfile.organizeComments();
        return dockerfile;
      }
      processInstruction(dockerfile, char, start2) {
        let instruction = char;
        let instructionEnd = -1;
        let escapedInstruction = false;
        instructionCheck: for (let i2 = start2 + 1; i2 < this.buffer.length; i2++) {
          char = this.buffer.charAt(i2);
          switch (char) {
            case this.escapeChar:
              escapedInstruction = true;
              char = this.buffer.charAt(i2 + 1);
              if (char === "\r" || char === "\n") {
                if (instructionEnd === -1) {
                  instructionEnd = i2;
                }
                i2++;
              } else if (char === " " || char === "	") {
                for (let j = i2 + 2; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      i2 = j;
                      continue instructionCheck;
                    default:
                      instructionEnd = i2 + 1;
                      instruction = instruction + this.escapeChar;
                      i2 = j - 2;
                      continue instructionCheck;
                  }
                }
                instructionEnd = i2 + 1;
                instruction = instruction + this.escapeChar;
                break instructionCheck;
              } else {
                instructionEnd = i2 + 1;
                instruction = instruction + this.escapeChar;
                escapedInstruction = false;
              }
              break;
            case " ":
            case "	":
              if (escapedInstruction) {
                escapeCheck: for (let j = i2 + 1; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      i2 = j;
                      continue instructionCheck;
                    default:
                      break escapeCheck;
                  }
                }
                escapedInstruction = false;
              }
              if (instructionEnd === -1) {
                instructionEnd = i2;
              }
              i2 = this.processArguments(dockerfile, instruction, instructionEnd, start2, i2);
              dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start2, instructionEnd, i2));
              return i2;
            case "\r":
            case "\n":
              if (escapedInstruction) {
                continue;
              }
              if (instructionEnd === -1) {
                instructionEnd = i2;
              }
              dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start2, i2, i2));
              return i2;
            case "#":
              if (escapedInstruction) {
                continue;
              }
            default:
              instructionEnd = i2 + 1;
              instruction = instruction + char;
              escapedInstruction = false;
              break;
          }
        }
        if (instructionEnd === -1) {
          instructionEnd = this.buffer.length;
        }
        dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start2, instructionEnd, this.buffer.length));
        return this.buffer.length;
      }
      processHeredocs(instruction, offset) {
        let keyword = instruction.getKeyword();
        if (keyword === main_1.Keyword.ONBUILD) {
          instruction = instruction.getTriggerInstruction();
          if (instruction === null) {
            return offset;
          }
          keyword = instruction.getKeyword();
        }
        if (keyword !== main_1.Keyword.ADD && keyword !== main_1.Keyword.COPY && keyword !== main_1.Keyword.RUN) {
          return offset;
        }
        const heredocs = [];
        let tabbed = false;
        for (const arg of instruction.getArguments()) {
          const value = arg.getValue();
          if (value.startsWith("<<") && value.length > 2) {
            if (value.startsWith("<<-")) {
              tabbed = true;
            }
            const name2 = util_1.Util.parseHeredocName(value);
            if (name2 !== null) {
              heredocs.push(name2);
            }
          }
        }
        if (heredocs.length > 0) {
          for (const heredoc of heredocs) {
            offset = this.parseHeredoc(heredoc, offset, tabbed);
          }
        }
        return offset;
      }
      processArguments(dockerfile, instruction, instructionEnd, start2, offset) {
        let escaped = false;
        argumentsCheck: for (let i2 = offset + 1; i2 < this.buffer.length; i2++) {
          switch (this.buffer.charAt(i2)) {
            case "\r":
            case "\n":
              if (escaped) {
                continue;
              }
              return this.processHeredocs(this.createInstruction(dockerfile, instruction, start2, instructionEnd, i2), i2);
            case this.escapeChar:
              const next = this.buffer.charAt(i2 + 1);
              if (next === "\n" || next === "\r") {
                escaped = true;
                i2++;
              } else if (next === " " || next === "	") {
                for (let j = i2 + 2; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      escaped = true;
                    default:
                      i2 = j;
                      continue argumentsCheck;
                  }
                }
                return this.buffer.length;
              }
              continue;
            case "#":
              if (escaped) {
                i2 = this.processComment(dockerfile, i2);
                continue argumentsCheck;
              }
              break;
            case " ":
            case "	":
              break;
            default:
              if (escaped) {
                escaped = false;
              }
              break;
          }
        }
        return this.buffer.length;
      }
      processComment(dockerfile, start2) {
        let end = this.buffer.length;
        commentLoop: for (let i2 = start2 + 1; i2 < this.buffer.length; i2++) {
          switch (this.buffer.charAt(i2)) {
            case "\r":
            case "\n":
              end = i2;
              break commentLoop;
          }
        }
        const range = vscode_languageserver_types_1.Range.create(this.document.positionAt(start2), this.document.positionAt(end));
        dockerfile.addComment(new comment_1.Comment(this.document, range));
        return end;
      }
      parseHeredoc(heredocName, offset, tabbed) {
        let startWord = -1;
        let lineStart = true;
        for (let i2 = offset; i2 < this.buffer.length; i2++) {
          switch (this.buffer.charAt(i2)) {
            case " ":
              lineStart = false;
              break;
            case "	":
              if (!tabbed) {
                lineStart = false;
              }
              break;
            case "\r":
            case "\n":
              if (startWord !== -1 && heredocName === this.buffer.substring(startWord, i2)) {
                return i2;
              }
              startWord = -1;
              lineStart = true;
              break;
            default:
              if (lineStart) {
                startWord = i2;
                lineStart = false;
              }
              break;
          }
        }
        return this.buffer.length;
      }
      createInstruction(dockerfile, instruction, start2, instructionEnd, end) {
        const startPosition = this.document.positionAt(start2);
        const instructionRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(instructionEnd));
        const lineRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(end));
        return _Parser.createInstruction(this.document, dockerfile, this.escapeChar, lineRange, instruction, instructionRange);
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/dockerfile-ast/lib/main.js
var require_main = __commonJS({
  "node_modules/dockerfile-ast/lib/main.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DockerfileParser = exports.DefaultVariables = exports.Directive = exports.Keyword = exports.Workdir = exports.Volume = exports.User = exports.Stopsignal = exports.Shell = exports.Run = exports.PropertyInstruction = exports.Onbuild = exports.ModifiableInstruction = exports.Label = exports.JSONInstruction = exports.Heredoc = exports.Healthcheck = exports.From = exports.Env = exports.Entrypoint = exports.Copy = exports.Cmd = exports.Arg = exports.Add = exports.Variable = exports.Property = exports.ParserDirective = exports.Line = exports.Instruction = exports.Flag = exports.Comment = exports.JSONArgument = exports.Argument = void 0;
    var argument_1 = require_argument();
    Object.defineProperty(exports, "Argument", { enumerable: true, get: function() {
      return argument_1.Argument;
    } });
    var jsonArgument_1 = require_jsonArgument();
    Object.defineProperty(exports, "JSONArgument", { enumerable: true, get: function() {
      return jsonArgument_1.JSONArgument;
    } });
    var comment_1 = require_comment();
    Object.defineProperty(exports, "Comment", { enumerable: true, get: function() {
      return comment_1.Comment;
    } });
    var parser_1 = require_parser();
    var flag_1 = require_flag();
    Object.defineProperty(exports, "Flag", { enumerable: true, get: function() {
      return flag_1.Flag;
    } });
    var instruction_1 = require_instruction();
    Object.defineProperty(exports, "Instruction", { enumerable: true, get: function() {
      return instruction_1.Instruction;
    } });
    var line_1 = require_line();
    Object.defineProperty(exports, "Line", { enumerable: true, get: function() {
      return line_1.Line;
    } });
    var parserDirective_1 = require_parserDirective();
    Object.defineProperty(exports, "ParserDirective", { enumerable: true, get: function() {
      return parserDirective_1.ParserDirective;
    } });
    var property_1 = require_property();
    Object.defineProperty(exports, "Property", { enumerable: true, get: function() {
      return property_1.Property;
    } });
    var variable_1 = require_variable();
    Object.defineProperty(exports, "Variable", { enumerable: true, get: function() {
      return variable_1.Variable;
    } });
    var add_1 = require_add();
    Object.defineProperty(exports, "Add", { enumerable: true, get: function() {
      return add_1.Add;
    } });
    var arg_1 = require_arg();
    Object.defineProperty(exports, "Arg", { enumerable: true, get: function() {
      return arg_1.Arg;
    } });
    var cmd_1 = require_cmd();
    Object.defineProperty(exports, "Cmd", { enumerable: true, get: function() {
      return cmd_1.Cmd;
    } });
    var copy_1 = require_copy();
    Object.defineProperty(exports, "Copy", { enumerable: true, get: function() {
      return copy_1.Copy;
    } });
    var entrypoint_1 = require_entrypoint();
    Object.defineProperty(exports, "Entrypoint", { enumerable: true, get: function() {
      return entrypoint_1.Entrypoint;
    } });
    var env_1 = require_env();
    Object.defineProperty(exports, "Env", { enumerable: true, get: function() {
      return env_1.Env;
    } });
    var from_1 = require_from();
    Object.defineProperty(exports, "From", { enumerable: true, get: function() {
      return from_1.From;
    } });
    var healthcheck_1 = require_healthcheck();
    Object.defineProperty(exports, "Healthcheck", { enumerable: true, get: function() {
      return healthcheck_1.Healthcheck;
    } });
    var heredoc_1 = require_heredoc();
    Object.defineProperty(exports, "Heredoc", { enumerable: true, get: function() {
      return heredoc_1.Heredoc;
    } });
    var jsonInstruction_1 = require_jsonInstruction();
    Object.defineProperty(exports, "JSONInstruction", { enumerable: true, get: function() {
      return jsonInstruction_1.JSONInstruction;
    } });
    var label_1 = require_label();
    Object.defineProperty(exports, "Label", { enumerable: true, get: function() {
      return label_1.Label;
    } });
    var modifiableInstruction_1 = require_modifiableInstruction();
    Object.defineProperty(exports, "ModifiableInstruction", { enumerable: true, get: function() {
      return modifiableInstruction_1.ModifiableInstruction;
    } });
    var onbuild_1 = require_onbuild();
    Object.defineProperty(exports, "Onbuild", { enumerable: true, get: function() {
      return onbuild_1.Onbuild;
    } });
    var propertyInstruction_1 = require_propertyInstruction();
    Object.defineProperty(exports, "PropertyInstruction", { enumerable: true, get: function() {
      return propertyInstruction_1.PropertyInstruction;
    } });
    var run_1 = require_run();
    Object.defineProperty(exports, "Run", { enumerable: true, get: function() {
      return run_1.Run;
    } });
    var shell_1 = require_shell();
    Object.defineProperty(exports, "Shell", { enumerable: true, get: function() {
      return shell_1.Shell;
    } });
    var stopsignal_1 = require_stopsignal();
    Object.defineProperty(exports, "Stopsignal", { enumerable: true, get: function() {
      return stopsignal_1.Stopsignal;
    } });
    var user_1 = require_user();
    Object.defineProperty(exports, "User", { enumerable: true, get: function() {
      return user_1.User;
    } });
    var volume_1 = require_volume();
    Object.defineProperty(exports, "Volume", { enumerable: true, get: function() {
      return volume_1.Volume;
    } });
    var workdir_1 = require_workdir();
    Object.defineProperty(exports, "Workdir", { enumerable: true, get: function() {
      return workdir_1.Workdir;
    } });
    var Keyword;
    (function(Keyword2) {
      Keyword2["ADD"] = "ADD";
      Keyword2["ARG"] = "ARG";
      Keyword2["CMD"] = "CMD";
      Keyword2["COPY"] = "COPY";
      Keyword2["ENTRYPOINT"] = "ENTRYPOINT";
      Keyword2["ENV"] = "ENV";
      Keyword2["EXPOSE"] = "EXPOSE";
      Keyword2["FROM"] = "FROM";
      Keyword2["HEALTHCHECK"] = "HEALTHCHECK";
      Keyword2["LABEL"] = "LABEL";
      Keyword2["MAINTAINER"] = "MAINTAINER";
      Keyword2["ONBUILD"] = "ONBUILD";
      Keyword2["RUN"] = "RUN";
      Keyword2["SHELL"] = "SHELL";
      Keyword2["STOPSIGNAL"] = "STOPSIGNAL";
      Keyword2["USER"] = "USER";
      Keyword2["VOLUME"] = "VOLUME";
      Keyword2["WORKDIR"] = "WORKDIR";
    })(Keyword || (exports.Keyword = Keyword = {}));
    var Directive;
    (function(Directive2) {
      Directive2["escape"] = "escape";
      Directive2["syntax"] = "syntax";
    })(Directive || (exports.Directive = Directive = {}));
    exports.DefaultVariables = [
      "ALL_PROXY",
      "all_proxy",
      "FTP_PROXY",
      "ftp_proxy",
      "HTTP_PROXY",
      "http_proxy",
      "HTTPS_PROXY",
      "https_proxy",
      "NO_PROXY",
      "no_proxy"
    ];
    var DockerfileParser2;
    (function(DockerfileParser3) {
      function parse2(content) {
        let parser2 = new parser_1.Parser();
        return parser2.parse(content);
      }
      DockerfileParser3.parse = parse2;
    })(DockerfileParser2 || (exports.DockerfileParser = DockerfileParser2 = {}));
  }
});

// src/patterns/worker.ts
import { setPriority } from "node:os";
import { parentPort } from "node:worker_threads";

// src/source-text.ts
import { readFileSync } from "node:fs";
var MAX_SOURCE_BYTES = 8 * 1024 * 1024;
var CODING_LINE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
function decodeSource(bytes) {
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) return { ok: false, reason: "binary file (NUL bytes)" };
  let start2 = 0;
  if (bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) start2 = 3;
  const body2 = bytes.subarray(start2);
  const coding = declaredCoding(body2);
  if (coding && !/^utf-?8/i.test(coding)) {
    try {
      return { ok: true, text: new TextDecoder(coding).decode(body2) };
    } catch {
      return {
        ok: true,
        text: new TextDecoder("utf-8").decode(body2),
        note: `unknown source encoding "${coding}"; read as UTF-8`
      };
    }
  }
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(body2) };
  } catch {
    return {
      ok: true,
      text: new TextDecoder("utf-8").decode(body2),
      note: "not valid UTF-8 and no coding line; undecodable bytes replaced"
    };
  }
}
function declaredCoding(body2) {
  const head = new TextDecoder("latin1").decode(body2.subarray(0, 400));
  const lines = head.split(/\r\n|\r|\n/, 2);
  for (const line of lines) {
    const match = CODING_LINE.exec(line);
    if (match) return match[1] ?? null;
    if (!/^[ \t\f]*(#.*)?$/.test(line)) break;
  }
  return null;
}
function readSource(absolutePath, sizeLimit = MAX_SOURCE_BYTES) {
  let bytes;
  try {
    bytes = readFileSync(absolutePath);
  } catch (error) {
    return {
      ok: false,
      reason: `cannot read: ${error.code ?? String(error)}`
    };
  }
  if (bytes.length > sizeLimit) {
    return { ok: false, reason: `larger than ${Math.round(sizeLimit / 1024 / 1024)} MB` };
  }
  return decodeSource(bytes);
}
function splitLines(text) {
  return text.split(/\r\n|\r|\n/);
}

// src/patterns/parser.ts
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// node_modules/web-tree-sitter/tree-sitter.js
var __defProp2 = Object.defineProperty;
var __name = (target, value) => __defProp2(target, "name", { value, configurable: true });
var SIZE_OF_SHORT = 2;
var SIZE_OF_INT = 4;
var SIZE_OF_CURSOR = 4 * SIZE_OF_INT;
var SIZE_OF_NODE = 5 * SIZE_OF_INT;
var SIZE_OF_POINT = 2 * SIZE_OF_INT;
var SIZE_OF_RANGE = 2 * SIZE_OF_INT + 2 * SIZE_OF_POINT;
var ZERO_POINT = { row: 0, column: 0 };
var INTERNAL = /* @__PURE__ */ Symbol("INTERNAL");
function assertInternal(x) {
  if (x !== INTERNAL) throw new Error("Illegal constructor");
}
__name(assertInternal, "assertInternal");
function isPoint(point) {
  return !!point && typeof point.row === "number" && typeof point.column === "number";
}
__name(isPoint, "isPoint");
function setModule(module2) {
  C = module2;
}
__name(setModule, "setModule");
var C;
var LookaheadIterator = class {
  static {
    __name(this, "LookaheadIterator");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for WASM
  /** @internal */
  language;
  /** @internal */
  constructor(internal, address, language) {
    assertInternal(internal);
    this[0] = address;
    this.language = language;
  }
  /** Get the current symbol of the lookahead iterator. */
  get currentTypeId() {
    return C._ts_lookahead_iterator_current_symbol(this[0]);
  }
  /** Get the current symbol name of the lookahead iterator. */
  get currentType() {
    return this.language.types[this.currentTypeId] || "ERROR";
  }
  /** Delete the lookahead iterator, freeing its resources. */
  delete() {
    C._ts_lookahead_iterator_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Reset the lookahead iterator.
   *
   * This returns `true` if the language was set successfully and `false`
   * otherwise.
   */
  reset(language, stateId) {
    if (C._ts_lookahead_iterator_reset(this[0], language[0], stateId)) {
      this.language = language;
      return true;
    }
    return false;
  }
  /**
   * Reset the lookahead iterator to another state.
   *
   * This returns `true` if the iterator was reset to the given state and
   * `false` otherwise.
   */
  resetState(stateId) {
    return Boolean(C._ts_lookahead_iterator_reset_state(this[0], stateId));
  }
  /**
   * Returns an iterator that iterates over the symbols of the lookahead iterator.
   *
   * The iterator will yield the current symbol name as a string for each step
   * until there are no more symbols to iterate over.
   */
  [Symbol.iterator]() {
    return {
      next: /* @__PURE__ */ __name(() => {
        if (C._ts_lookahead_iterator_next(this[0])) {
          return { done: false, value: this.currentType };
        }
        return { done: true, value: "" };
      }, "next")
    };
  }
};
function getText(tree, startIndex, endIndex, startPosition) {
  const length = endIndex - startIndex;
  let result = tree.textCallback(startIndex, startPosition);
  if (result) {
    startIndex += result.length;
    while (startIndex < endIndex) {
      const string = tree.textCallback(startIndex, startPosition);
      if (string && string.length > 0) {
        startIndex += string.length;
        result += string;
      } else {
        break;
      }
    }
    if (startIndex > endIndex) {
      result = result.slice(0, length);
    }
  }
  return result ?? "";
}
__name(getText, "getText");
var Tree = class _Tree {
  static {
    __name(this, "Tree");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for WASM
  /** @internal */
  textCallback;
  /** The language that was used to parse the syntax tree. */
  language;
  /** @internal */
  constructor(internal, address, language, textCallback) {
    assertInternal(internal);
    this[0] = address;
    this.language = language;
    this.textCallback = textCallback;
  }
  /** Create a shallow copy of the syntax tree. This is very fast. */
  copy() {
    const address = C._ts_tree_copy(this[0]);
    return new _Tree(INTERNAL, address, this.language, this.textCallback);
  }
  /** Delete the syntax tree, freeing its resources. */
  delete() {
    C._ts_tree_delete(this[0]);
    this[0] = 0;
  }
  /** Get the root node of the syntax tree. */
  get rootNode() {
    C._ts_tree_root_node_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Get the root node of the syntax tree, but with its position shifted
   * forward by the given offset.
   */
  rootNodeWithOffset(offsetBytes, offsetExtent) {
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, offsetBytes, "i32");
    marshalPoint(address + SIZE_OF_INT, offsetExtent);
    C._ts_tree_root_node_with_offset_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Edit the syntax tree to keep it in sync with source code that has been
   * edited.
   *
   * You must describe the edit both in terms of byte offsets and in terms of
   * row/column coordinates.
   */
  edit(edit) {
    marshalEdit(edit);
    C._ts_tree_edit_wasm(this[0]);
  }
  /** Create a new {@link TreeCursor} starting from the root of the tree. */
  walk() {
    return this.rootNode.walk();
  }
  /**
   * Compare this old edited syntax tree to a new syntax tree representing
   * the same document, returning a sequence of ranges whose syntactic
   * structure has changed.
   *
   * For this to work correctly, this syntax tree must have been edited such
   * that its ranges match up to the new tree. Generally, you'll want to
   * call this method right after calling one of the [`Parser::parse`]
   * functions. Call it on the old tree that was passed to parse, and
   * pass the new tree that was returned from `parse`.
   */
  getChangedRanges(other) {
    if (!(other instanceof _Tree)) {
      throw new TypeError("Argument must be a Tree");
    }
    C._ts_tree_get_changed_ranges_wasm(this[0], other[0]);
    const count2 = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count2);
    if (count2 > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count2; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Get the included ranges that were used to parse the syntax tree. */
  getIncludedRanges() {
    C._ts_tree_included_ranges_wasm(this[0]);
    const count2 = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count2);
    if (count2 > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count2; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
};
var TreeCursor = class _TreeCursor {
  static {
    __name(this, "TreeCursor");
  }
  /** @internal */
  // @ts-expect-error: never read
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  // @ts-expect-error: never read
  [1] = 0;
  // Internal handle for Wasm
  /** @internal */
  // @ts-expect-error: never read
  [2] = 0;
  // Internal handle for Wasm
  /** @internal */
  // @ts-expect-error: never read
  [3] = 0;
  // Internal handle for Wasm
  /** @internal */
  tree;
  /** @internal */
  constructor(internal, tree) {
    assertInternal(internal);
    this.tree = tree;
    unmarshalTreeCursor(this);
  }
  /** Creates a deep copy of the tree cursor. This allocates new memory. */
  copy() {
    const copy = new _TreeCursor(INTERNAL, this.tree);
    C._ts_tree_cursor_copy_wasm(this.tree[0]);
    unmarshalTreeCursor(copy);
    return copy;
  }
  /** Delete the tree cursor, freeing its resources. */
  delete() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_delete_wasm(this.tree[0]);
    this[0] = this[1] = this[2] = 0;
  }
  /** Get the tree cursor's current {@link Node}. */
  get currentNode() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_current_node_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the numerical field id of this tree cursor's current node.
   *
   * See also {@link TreeCursor#currentFieldName}.
   */
  get currentFieldId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_field_id_wasm(this.tree[0]);
  }
  /** Get the field name of this tree cursor's current node. */
  get currentFieldName() {
    return this.tree.language.fields[this.currentFieldId];
  }
  /**
   * Get the depth of the cursor's current node relative to the original
   * node that the cursor was constructed with.
   */
  get currentDepth() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_depth_wasm(this.tree[0]);
  }
  /**
   * Get the index of the cursor's current node out of all of the
   * descendants of the original node that the cursor was constructed with.
   */
  get currentDescendantIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_descendant_index_wasm(this.tree[0]);
  }
  /** Get the type of the cursor's current node. */
  get nodeType() {
    return this.tree.language.types[this.nodeTypeId] || "ERROR";
  }
  /** Get the type id of the cursor's current node. */
  get nodeTypeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_type_id_wasm(this.tree[0]);
  }
  /** Get the state id of the cursor's current node. */
  get nodeStateId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_state_id_wasm(this.tree[0]);
  }
  /** Get the id of the cursor's current node. */
  get nodeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_id_wasm(this.tree[0]);
  }
  /**
   * Check if the cursor's current node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get nodeIsNamed() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if the cursor's current node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get nodeIsMissing() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Get the string content of the cursor's current node. */
  get nodeText() {
    marshalTreeCursor(this);
    const startIndex = C._ts_tree_cursor_start_index_wasm(this.tree[0]);
    const endIndex = C._ts_tree_cursor_end_index_wasm(this.tree[0]);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    const startPosition = unmarshalPoint(TRANSFER_BUFFER);
    return getText(this.tree, startIndex, endIndex, startPosition);
  }
  /** Get the start position of the cursor's current node. */
  get startPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the end position of the cursor's current node. */
  get endPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_end_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the start index of the cursor's current node. */
  get startIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_start_index_wasm(this.tree[0]);
  }
  /** Get the end index of the cursor's current node. */
  get endIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_end_index_wasm(this.tree[0]);
  }
  /**
   * Move this cursor to the first child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   */
  gotoFirstChild() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_first_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the last child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoFirstChild} because it needs to
   * iterate through all the children to compute the child's position.
   */
  gotoLastChild() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_last_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the parent of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no parent node (the cursor was already on the
   * root node).
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoParent() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_parent_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the next sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no next sibling node.
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoNextSibling() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_next_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the previous sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no previous sibling node.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoNextSibling} due to how node
   * positions are stored. In the worst case, this will need to iterate
   * through all the children up to the previous sibling node to recalculate
   * its position. Also note that the node the cursor was constructed with is
   * considered the root of the cursor, and the cursor cannot walk outside this node.
   */
  gotoPreviousSibling() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_previous_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move the cursor to the node that is the nth descendant of
   * the original node that the cursor was constructed with, where
   * zero represents the original node itself.
   */
  gotoDescendant(goalDescendantIndex) {
    marshalTreeCursor(this);
    C._ts_tree_cursor_goto_descendant_wasm(this.tree[0], goalDescendantIndex);
    unmarshalTreeCursor(this);
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given byte offset.
   *
   * This returns `true` if the cursor successfully moved to a child node, and returns
   * `false` if no such child was found.
   */
  gotoFirstChildForIndex(goalIndex) {
    marshalTreeCursor(this);
    C.setValue(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalIndex, "i32");
    const result = C._ts_tree_cursor_goto_first_child_for_index_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given byte offset.
   *
   * This returns the index of the child node if one was found, and returns
   * `null` if no such child was found.
   */
  gotoFirstChildForPosition(goalPosition) {
    marshalTreeCursor(this);
    marshalPoint(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalPosition);
    const result = C._ts_tree_cursor_goto_first_child_for_position_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Re-initialize this tree cursor to start at the original node that the
   * cursor was constructed with.
   */
  reset(node) {
    marshalNode(node);
    marshalTreeCursor(this, TRANSFER_BUFFER + SIZE_OF_NODE);
    C._ts_tree_cursor_reset_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
  }
  /**
   * Re-initialize a tree cursor to the same position as another cursor.
   *
   * Unlike {@link TreeCursor#reset}, this will not lose parent
   * information and allows reusing already created cursors.
   */
  resetTo(cursor) {
    marshalTreeCursor(this, TRANSFER_BUFFER);
    marshalTreeCursor(cursor, TRANSFER_BUFFER + SIZE_OF_CURSOR);
    C._ts_tree_cursor_reset_to_wasm(this.tree[0], cursor.tree[0]);
    unmarshalTreeCursor(this);
  }
};
var Node = class {
  static {
    __name(this, "Node");
  }
  /** @internal */
  // @ts-expect-error: never read
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  _children;
  /** @internal */
  _namedChildren;
  /** @internal */
  constructor(internal, {
    id,
    tree,
    startIndex,
    startPosition,
    other
  }) {
    assertInternal(internal);
    this[0] = other;
    this.id = id;
    this.tree = tree;
    this.startIndex = startIndex;
    this.startPosition = startPosition;
  }
  /**
   * The numeric id for this node that is unique.
   *
   * Within a given syntax tree, no two nodes have the same id. However:
   *
   * * If a new tree is created based on an older tree, and a node from the old tree is reused in
   *   the process, then that node will have the same id in both trees.
   *
   * * A node not marked as having changes does not guarantee it was reused.
   *
   * * If a node is marked as having changed in the old tree, it will not be reused.
   */
  id;
  /** The byte index where this node starts. */
  startIndex;
  /** The position where this node starts. */
  startPosition;
  /** The tree that this node belongs to. */
  tree;
  /** Get this node's type as a numerical id. */
  get typeId() {
    marshalNode(this);
    return C._ts_node_symbol_wasm(this.tree[0]);
  }
  /**
   * Get the node's type as a numerical id as it appears in the grammar,
   * ignoring aliases.
   */
  get grammarId() {
    marshalNode(this);
    return C._ts_node_grammar_symbol_wasm(this.tree[0]);
  }
  /** Get this node's type as a string. */
  get type() {
    return this.tree.language.types[this.typeId] || "ERROR";
  }
  /**
   * Get this node's symbol name as it appears in the grammar, ignoring
   * aliases as a string.
   */
  get grammarType() {
    return this.tree.language.types[this.grammarId] || "ERROR";
  }
  /**
   * Check if this node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get isNamed() {
    marshalNode(this);
    return C._ts_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *extra*.
   *
   * Extra nodes represent things like comments, which are not required
   * by the grammar, but can appear anywhere.
   */
  get isExtra() {
    marshalNode(this);
    return C._ts_node_is_extra_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error.
   *
   * Syntax errors represent parts of the code that could not be incorporated
   * into a valid syntax tree.
   */
  get isError() {
    marshalNode(this);
    return C._ts_node_is_error_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get isMissing() {
    marshalNode(this);
    return C._ts_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Check if this node has been edited. */
  get hasChanges() {
    marshalNode(this);
    return C._ts_node_has_changes_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error or contains any syntax
   * errors anywhere within it.
   */
  get hasError() {
    marshalNode(this);
    return C._ts_node_has_error_wasm(this.tree[0]) === 1;
  }
  /** Get the byte index where this node ends. */
  get endIndex() {
    marshalNode(this);
    return C._ts_node_end_index_wasm(this.tree[0]);
  }
  /** Get the position where this node ends. */
  get endPosition() {
    marshalNode(this);
    C._ts_node_end_point_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the string content of this node. */
  get text() {
    return getText(this.tree, this.startIndex, this.endIndex, this.startPosition);
  }
  /** Get this node's parse state. */
  get parseState() {
    marshalNode(this);
    return C._ts_node_parse_state_wasm(this.tree[0]);
  }
  /** Get the parse state after this node. */
  get nextParseState() {
    marshalNode(this);
    return C._ts_node_next_parse_state_wasm(this.tree[0]);
  }
  /** Check if this node is equal to another node. */
  equals(other) {
    return this.tree === other.tree && this.id === other.id;
  }
  /**
   * Get the node's child at the given index, where zero represents the first child.
   *
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#children} instead.
   */
  child(index) {
    marshalNode(this);
    C._ts_node_child_wasm(this.tree[0], index);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's *named* child at the given index.
   *
   * See also {@link Node#isNamed}.
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#namedChildren} instead.
   */
  namedChild(index) {
    marshalNode(this);
    C._ts_node_named_child_wasm(this.tree[0], index);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's child with the given numerical field id.
   *
   * See also {@link Node#childForFieldName}. You can
   * convert a field name to an id using {@link Language#fieldIdForName}.
   */
  childForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_child_by_field_id_wasm(this.tree[0], fieldId);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the first child with the given field name.
   *
   * If multiple children may have the same field name, access them using
   * {@link Node#childrenForFieldName}.
   */
  childForFieldName(fieldName2) {
    const fieldId = this.tree.language.fields.indexOf(fieldName2);
    if (fieldId !== -1) return this.childForFieldId(fieldId);
    return null;
  }
  /** Get the field name of this node's child at the given index. */
  fieldNameForChild(index) {
    marshalNode(this);
    const address = C._ts_node_field_name_for_child_wasm(this.tree[0], index);
    if (!address) return null;
    return C.AsciiToString(address);
  }
  /** Get the field name of this node's named child at the given index. */
  fieldNameForNamedChild(index) {
    marshalNode(this);
    const address = C._ts_node_field_name_for_named_child_wasm(this.tree[0], index);
    if (!address) return null;
    return C.AsciiToString(address);
  }
  /**
   * Get an array of this node's children with a given field name.
   *
   * See also {@link Node#children}.
   */
  childrenForFieldName(fieldName2) {
    const fieldId = this.tree.language.fields.indexOf(fieldName2);
    if (fieldId !== -1 && fieldId !== 0) return this.childrenForFieldId(fieldId);
    return [];
  }
  /**
    * Get an array of this node's children with a given field id.
    *
    * See also {@link Node#childrenForFieldName}.
    */
  childrenForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_children_by_field_id_wasm(this.tree[0], fieldId);
    const count2 = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count2);
    if (count2 > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count2; i2++) {
        result[i2] = unmarshalNode(this.tree, address);
        address += SIZE_OF_NODE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Get the node's first child that contains or starts after the given byte offset. */
  firstChildForIndex(index) {
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, index, "i32");
    C._ts_node_first_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's first named child that contains or starts after the given byte offset. */
  firstNamedChildForIndex(index) {
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, index, "i32");
    C._ts_node_first_named_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's number of children. */
  get childCount() {
    marshalNode(this);
    return C._ts_node_child_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's number of *named* children.
   *
   * See also {@link Node#isNamed}.
   */
  get namedChildCount() {
    marshalNode(this);
    return C._ts_node_named_child_count_wasm(this.tree[0]);
  }
  /** Get this node's first child. */
  get firstChild() {
    return this.child(0);
  }
  /**
   * Get this node's first named child.
   *
   * See also {@link Node#isNamed}.
   */
  get firstNamedChild() {
    return this.namedChild(0);
  }
  /** Get this node's last child. */
  get lastChild() {
    return this.child(this.childCount - 1);
  }
  /**
   * Get this node's last named child.
   *
   * See also {@link Node#isNamed}.
   */
  get lastNamedChild() {
    return this.namedChild(this.namedChildCount - 1);
  }
  /**
   * Iterate over this node's children.
   *
   * If you're walking the tree recursively, you may want to use the
   * {@link TreeCursor} APIs directly instead.
   */
  get children() {
    if (!this._children) {
      marshalNode(this);
      C._ts_node_children_wasm(this.tree[0]);
      const count2 = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._children = new Array(count2);
      if (count2 > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count2; i2++) {
          this._children[i2] = unmarshalNode(this.tree, address);
          address += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._children;
  }
  /**
   * Iterate over this node's named children.
   *
   * See also {@link Node#children}.
   */
  get namedChildren() {
    if (!this._namedChildren) {
      marshalNode(this);
      C._ts_node_named_children_wasm(this.tree[0]);
      const count2 = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._namedChildren = new Array(count2);
      if (count2 > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count2; i2++) {
          this._namedChildren[i2] = unmarshalNode(this.tree, address);
          address += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._namedChildren;
  }
  /**
   * Get the descendants of this node that are the given type, or in the given types array.
   *
   * The types array should contain node type strings, which can be retrieved from {@link Language#types}.
   *
   * Additionally, a `startPosition` and `endPosition` can be passed in to restrict the search to a byte range.
   */
  descendantsOfType(types, startPosition = ZERO_POINT, endPosition = ZERO_POINT) {
    if (!Array.isArray(types)) types = [types];
    const symbols = [];
    const typesBySymbol = this.tree.language.types;
    for (const node_type of types) {
      if (node_type == "ERROR") {
        symbols.push(65535);
      }
    }
    for (let i2 = 0, n = typesBySymbol.length; i2 < n; i2++) {
      if (types.includes(typesBySymbol[i2])) {
        symbols.push(i2);
      }
    }
    const symbolsAddress = C._malloc(SIZE_OF_INT * symbols.length);
    for (let i2 = 0, n = symbols.length; i2 < n; i2++) {
      C.setValue(symbolsAddress + i2 * SIZE_OF_INT, symbols[i2], "i32");
    }
    marshalNode(this);
    C._ts_node_descendants_of_type_wasm(
      this.tree[0],
      symbolsAddress,
      symbols.length,
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column
    );
    const descendantCount = C.getValue(TRANSFER_BUFFER, "i32");
    const descendantAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(descendantCount);
    if (descendantCount > 0) {
      let address = descendantAddress;
      for (let i2 = 0; i2 < descendantCount; i2++) {
        result[i2] = unmarshalNode(this.tree, address);
        address += SIZE_OF_NODE;
      }
    }
    C._free(descendantAddress);
    C._free(symbolsAddress);
    return result;
  }
  /** Get this node's next sibling. */
  get nextSibling() {
    marshalNode(this);
    C._ts_node_next_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's previous sibling. */
  get previousSibling() {
    marshalNode(this);
    C._ts_node_prev_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's next *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get nextNamedSibling() {
    marshalNode(this);
    C._ts_node_next_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's previous *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get previousNamedSibling() {
    marshalNode(this);
    C._ts_node_prev_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's number of descendants, including one for the node itself. */
  get descendantCount() {
    marshalNode(this);
    return C._ts_node_descendant_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's immediate parent.
   * Prefer {@link Node#childWithDescendant} for iterating over this node's ancestors.
   */
  get parent() {
    marshalNode(this);
    C._ts_node_parent_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the node that contains `descendant`.
   *
   * Note that this can return `descendant` itself.
   */
  childWithDescendant(descendant) {
    marshalNode(this);
    marshalNode(descendant, 1);
    C._ts_node_child_with_descendant_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given byte range. */
  descendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, start2, "i32");
    C.setValue(address + SIZE_OF_INT, end, "i32");
    C._ts_node_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given byte range. */
  namedDescendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, start2, "i32");
    C.setValue(address + SIZE_OF_INT, end, "i32");
    C._ts_node_named_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given point range. */
  descendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address, start2);
    marshalPoint(address + SIZE_OF_POINT, end);
    C._ts_node_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given point range. */
  namedDescendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address, start2);
    marshalPoint(address + SIZE_OF_POINT, end);
    C._ts_node_named_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Create a new {@link TreeCursor} starting from this node.
   *
   * Note that the given node is considered the root of the cursor,
   * and the cursor cannot walk outside this node.
   */
  walk() {
    marshalNode(this);
    C._ts_tree_cursor_new_wasm(this.tree[0]);
    return new TreeCursor(INTERNAL, this.tree);
  }
  /**
   * Edit this node to keep it in-sync with source code that has been edited.
   *
   * This function is only rarely needed. When you edit a syntax tree with
   * the {@link Tree#edit} method, all of the nodes that you retrieve from
   * the tree afterward will already reflect the edit. You only need to
   * use {@link Node#edit} when you have a specific {@link Node} instance that
   * you want to keep and continue to use after an edit.
   */
  edit(edit) {
    if (this.startIndex >= edit.oldEndIndex) {
      this.startIndex = edit.newEndIndex + (this.startIndex - edit.oldEndIndex);
      let subbedPointRow;
      let subbedPointColumn;
      if (this.startPosition.row > edit.oldEndPosition.row) {
        subbedPointRow = this.startPosition.row - edit.oldEndPosition.row;
        subbedPointColumn = this.startPosition.column;
      } else {
        subbedPointRow = 0;
        subbedPointColumn = this.startPosition.column;
        if (this.startPosition.column >= edit.oldEndPosition.column) {
          subbedPointColumn = this.startPosition.column - edit.oldEndPosition.column;
        }
      }
      if (subbedPointRow > 0) {
        this.startPosition.row += subbedPointRow;
        this.startPosition.column = subbedPointColumn;
      } else {
        this.startPosition.column += subbedPointColumn;
      }
    } else if (this.startIndex > edit.startIndex) {
      this.startIndex = edit.newEndIndex;
      this.startPosition.row = edit.newEndPosition.row;
      this.startPosition.column = edit.newEndPosition.column;
    }
  }
  /** Get the S-expression representation of this node. */
  toString() {
    marshalNode(this);
    const address = C._ts_node_to_string_wasm(this.tree[0]);
    const result = C.AsciiToString(address);
    C._free(address);
    return result;
  }
};
function unmarshalCaptures(query, tree, address, patternIndex, result) {
  for (let i2 = 0, n = result.length; i2 < n; i2++) {
    const captureIndex = C.getValue(address, "i32");
    address += SIZE_OF_INT;
    const node = unmarshalNode(tree, address);
    address += SIZE_OF_NODE;
    result[i2] = { patternIndex, name: query.captureNames[captureIndex], node };
  }
  return address;
}
__name(unmarshalCaptures, "unmarshalCaptures");
function marshalNode(node, index = 0) {
  let address = TRANSFER_BUFFER + index * SIZE_OF_NODE;
  C.setValue(address, node.id, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.row, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.column, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node[0], "i32");
}
__name(marshalNode, "marshalNode");
function unmarshalNode(tree, address = TRANSFER_BUFFER) {
  const id = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  if (id === 0) return null;
  const index = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const row = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const column = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const other = C.getValue(address, "i32");
  const result = new Node(INTERNAL, {
    id,
    tree,
    startIndex: index,
    startPosition: { row, column },
    other
  });
  return result;
}
__name(unmarshalNode, "unmarshalNode");
function marshalTreeCursor(cursor, address = TRANSFER_BUFFER) {
  C.setValue(address + 0 * SIZE_OF_INT, cursor[0], "i32");
  C.setValue(address + 1 * SIZE_OF_INT, cursor[1], "i32");
  C.setValue(address + 2 * SIZE_OF_INT, cursor[2], "i32");
  C.setValue(address + 3 * SIZE_OF_INT, cursor[3], "i32");
}
__name(marshalTreeCursor, "marshalTreeCursor");
function unmarshalTreeCursor(cursor) {
  cursor[0] = C.getValue(TRANSFER_BUFFER + 0 * SIZE_OF_INT, "i32");
  cursor[1] = C.getValue(TRANSFER_BUFFER + 1 * SIZE_OF_INT, "i32");
  cursor[2] = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
  cursor[3] = C.getValue(TRANSFER_BUFFER + 3 * SIZE_OF_INT, "i32");
}
__name(unmarshalTreeCursor, "unmarshalTreeCursor");
function marshalPoint(address, point) {
  C.setValue(address, point.row, "i32");
  C.setValue(address + SIZE_OF_INT, point.column, "i32");
}
__name(marshalPoint, "marshalPoint");
function unmarshalPoint(address) {
  const result = {
    row: C.getValue(address, "i32") >>> 0,
    column: C.getValue(address + SIZE_OF_INT, "i32") >>> 0
  };
  return result;
}
__name(unmarshalPoint, "unmarshalPoint");
function marshalRange(address, range) {
  marshalPoint(address, range.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, range.endPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, range.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, range.endIndex, "i32");
  address += SIZE_OF_INT;
}
__name(marshalRange, "marshalRange");
function unmarshalRange(address) {
  const result = {};
  result.startPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.endPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.startIndex = C.getValue(address, "i32") >>> 0;
  address += SIZE_OF_INT;
  result.endIndex = C.getValue(address, "i32") >>> 0;
  return result;
}
__name(unmarshalRange, "unmarshalRange");
function marshalEdit(edit, address = TRANSFER_BUFFER) {
  marshalPoint(address, edit.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.oldEndPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.newEndPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, edit.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.oldEndIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.newEndIndex, "i32");
  address += SIZE_OF_INT;
}
__name(marshalEdit, "marshalEdit");
function unmarshalLanguageMetadata(address) {
  const major_version = C.getValue(address, "i32");
  const minor_version = C.getValue(address += SIZE_OF_INT, "i32");
  const patch_version = C.getValue(address += SIZE_OF_INT, "i32");
  return { major_version, minor_version, patch_version };
}
__name(unmarshalLanguageMetadata, "unmarshalLanguageMetadata");
var PREDICATE_STEP_TYPE_CAPTURE = 1;
var PREDICATE_STEP_TYPE_STRING = 2;
var QUERY_WORD_REGEX = /[\w-]+/g;
var CaptureQuantifier = {
  Zero: 0,
  ZeroOrOne: 1,
  ZeroOrMore: 2,
  One: 3,
  OneOrMore: 4
};
var isCaptureStep = /* @__PURE__ */ __name((step) => step.type === "capture", "isCaptureStep");
var isStringStep = /* @__PURE__ */ __name((step) => step.type === "string", "isStringStep");
var QueryErrorKind = {
  Syntax: 1,
  NodeName: 2,
  FieldName: 3,
  CaptureName: 4,
  PatternStructure: 5
};
var QueryError = class _QueryError extends Error {
  constructor(kind, info2, index, length) {
    super(_QueryError.formatMessage(kind, info2));
    this.kind = kind;
    this.info = info2;
    this.index = index;
    this.length = length;
    this.name = "QueryError";
  }
  static {
    __name(this, "QueryError");
  }
  /** Formats an error message based on the error kind and info */
  static formatMessage(kind, info2) {
    switch (kind) {
      case QueryErrorKind.NodeName:
        return `Bad node name '${info2.word}'`;
      case QueryErrorKind.FieldName:
        return `Bad field name '${info2.word}'`;
      case QueryErrorKind.CaptureName:
        return `Bad capture name @${info2.word}`;
      case QueryErrorKind.PatternStructure:
        return `Bad pattern structure at offset ${info2.suffix}`;
      case QueryErrorKind.Syntax:
        return `Bad syntax at offset ${info2.suffix}`;
    }
  }
};
function parseAnyPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}`
    );
  }
  if (!isCaptureStep(steps[1])) {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}"`
    );
  }
  const isPositive = operator === "eq?" || operator === "any-eq?";
  const matchAll = !operator.startsWith("any-");
  if (isCaptureStep(steps[2])) {
    const captureName1 = steps[1].name;
    const captureName2 = steps[2].name;
    textPredicates[index].push((captures) => {
      const nodes1 = [];
      const nodes2 = [];
      for (const c of captures) {
        if (c.name === captureName1) nodes1.push(c.node);
        if (c.name === captureName2) nodes2.push(c.node);
      }
      const compare = /* @__PURE__ */ __name((n1, n2, positive) => {
        return positive ? n1.text === n2.text : n1.text !== n2.text;
      }, "compare");
      return matchAll ? nodes1.every((n1) => nodes2.some((n2) => compare(n1, n2, isPositive))) : nodes1.some((n1) => nodes2.some((n2) => compare(n1, n2, isPositive)));
    });
  } else {
    const captureName = steps[1].name;
    const stringValue2 = steps[2].value;
    const matches = /* @__PURE__ */ __name((n) => n.text === stringValue2, "matches");
    const doesNotMatch = /* @__PURE__ */ __name((n) => n.text !== stringValue2, "doesNotMatch");
    textPredicates[index].push((captures) => {
      const nodes = [];
      for (const c of captures) {
        if (c.name === captureName) nodes.push(c.node);
      }
      const test = isPositive ? matches : doesNotMatch;
      return matchAll ? nodes.every(test) : nodes.some(test);
    });
  }
}
__name(parseAnyPredicate, "parseAnyPredicate");
function parseMatchPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  if (steps[2].type !== "string") {
    throw new Error(
      `Second argument of \`#${operator}\` predicate must be a string. Got @${steps[2].name}.`
    );
  }
  const isPositive = operator === "match?" || operator === "any-match?";
  const matchAll = !operator.startsWith("any-");
  const captureName = steps[1].name;
  const regex = new RegExp(steps[2].value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    const test = /* @__PURE__ */ __name((text, positive) => {
      return positive ? regex.test(text) : !regex.test(text);
    }, "test");
    if (nodes.length === 0) return !isPositive;
    return matchAll ? nodes.every((text) => test(text, isPositive)) : nodes.some((text) => test(text, isPositive));
  });
}
__name(parseMatchPredicate, "parseMatchPredicate");
function parseAnyOfPredicate(steps, index, operator, textPredicates) {
  if (steps.length < 2) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected at least 1. Got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  const isPositive = operator === "any-of?";
  const captureName = steps[1].name;
  const stringSteps = steps.slice(2);
  if (!stringSteps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const values = stringSteps.map((s) => s.value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    if (nodes.length === 0) return !isPositive;
    return nodes.every((text) => values.includes(text)) === isPositive;
  });
}
__name(parseAnyOfPredicate, "parseAnyOfPredicate");
function parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`
    );
  }
  if (!steps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const properties = operator === "is?" ? assertedProperties : refutedProperties;
  if (!properties[index]) properties[index] = {};
  properties[index][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseIsPredicate, "parseIsPredicate");
function parseSetDirective(steps, index, setProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(`Wrong number of arguments to \`#set!\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`);
  }
  if (!steps.every(isStringStep)) {
    throw new Error(`Arguments to \`#set!\` predicate must be strings.".`);
  }
  if (!setProperties[index]) setProperties[index] = {};
  setProperties[index][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseSetDirective, "parseSetDirective");
function parsePattern(index, stepType, stepValueId, captureNames, stringValues, steps, textPredicates, predicates, setProperties, assertedProperties, refutedProperties) {
  if (stepType === PREDICATE_STEP_TYPE_CAPTURE) {
    const name2 = captureNames[stepValueId];
    steps.push({ type: "capture", name: name2 });
  } else if (stepType === PREDICATE_STEP_TYPE_STRING) {
    steps.push({ type: "string", value: stringValues[stepValueId] });
  } else if (steps.length > 0) {
    if (steps[0].type !== "string") {
      throw new Error("Predicates must begin with a literal value");
    }
    const operator = steps[0].value;
    switch (operator) {
      case "any-not-eq?":
      case "not-eq?":
      case "any-eq?":
      case "eq?":
        parseAnyPredicate(steps, index, operator, textPredicates);
        break;
      case "any-not-match?":
      case "not-match?":
      case "any-match?":
      case "match?":
        parseMatchPredicate(steps, index, operator, textPredicates);
        break;
      case "not-any-of?":
      case "any-of?":
        parseAnyOfPredicate(steps, index, operator, textPredicates);
        break;
      case "is?":
      case "is-not?":
        parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties);
        break;
      case "set!":
        parseSetDirective(steps, index, setProperties);
        break;
      default:
        predicates[index].push({ operator, operands: steps.slice(1) });
    }
    steps.length = 0;
  }
}
__name(parsePattern, "parsePattern");
var Query = class {
  static {
    __name(this, "Query");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for WASM
  /** @internal */
  exceededMatchLimit;
  /** @internal */
  textPredicates;
  /** The names of the captures used in the query. */
  captureNames;
  /** The quantifiers of the captures used in the query. */
  captureQuantifiers;
  /**
   * The other user-defined predicates associated with the given index.
   *
   * This includes predicates with operators other than:
   * - `match?`
   * - `eq?` and `not-eq?`
   * - `any-of?` and `not-any-of?`
   * - `is?` and `is-not?`
   * - `set!`
   */
  predicates;
  /** The properties for predicates with the operator `set!`. */
  setProperties;
  /** The properties for predicates with the operator `is?`. */
  assertedProperties;
  /** The properties for predicates with the operator `is-not?`. */
  refutedProperties;
  /** The maximum number of in-progress matches for this cursor. */
  matchLimit;
  /**
   * Create a new query from a string containing one or more S-expression
   * patterns.
   *
   * The query is associated with a particular language, and can only be run
   * on syntax nodes parsed with that language. References to Queries can be
   * shared between multiple threads.
   *
   * @link {@see https://tree-sitter.github.io/tree-sitter/using-parsers/queries}
   */
  constructor(language, source) {
    const sourceLength = C.lengthBytesUTF8(source);
    const sourceAddress = C._malloc(sourceLength + 1);
    C.stringToUTF8(source, sourceAddress, sourceLength + 1);
    const address = C._ts_query_new(
      language[0],
      sourceAddress,
      sourceLength,
      TRANSFER_BUFFER,
      TRANSFER_BUFFER + SIZE_OF_INT
    );
    if (!address) {
      const errorId = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      const errorByte = C.getValue(TRANSFER_BUFFER, "i32");
      const errorIndex = C.UTF8ToString(sourceAddress, errorByte).length;
      const suffix = source.slice(errorIndex, errorIndex + 100).split("\n")[0];
      const word = suffix.match(QUERY_WORD_REGEX)?.[0] ?? "";
      C._free(sourceAddress);
      switch (errorId) {
        case QueryErrorKind.Syntax:
          throw new QueryError(QueryErrorKind.Syntax, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
        case QueryErrorKind.NodeName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.FieldName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.CaptureName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.PatternStructure:
          throw new QueryError(errorId, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
      }
    }
    const stringCount = C._ts_query_string_count(address);
    const captureCount = C._ts_query_capture_count(address);
    const patternCount = C._ts_query_pattern_count(address);
    const captureNames = new Array(captureCount);
    const captureQuantifiers = new Array(patternCount);
    const stringValues = new Array(stringCount);
    for (let i2 = 0; i2 < captureCount; i2++) {
      const nameAddress = C._ts_query_capture_name_for_id(
        address,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      captureNames[i2] = C.UTF8ToString(nameAddress, nameLength);
    }
    for (let i2 = 0; i2 < patternCount; i2++) {
      const captureQuantifiersArray = new Array(captureCount);
      for (let j = 0; j < captureCount; j++) {
        const quantifier = C._ts_query_capture_quantifier_for_id(address, i2, j);
        captureQuantifiersArray[j] = quantifier;
      }
      captureQuantifiers[i2] = captureQuantifiersArray;
    }
    for (let i2 = 0; i2 < stringCount; i2++) {
      const valueAddress = C._ts_query_string_value_for_id(
        address,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      stringValues[i2] = C.UTF8ToString(valueAddress, nameLength);
    }
    const setProperties = new Array(patternCount);
    const assertedProperties = new Array(patternCount);
    const refutedProperties = new Array(patternCount);
    const predicates = new Array(patternCount);
    const textPredicates = new Array(patternCount);
    for (let i2 = 0; i2 < patternCount; i2++) {
      const predicatesAddress = C._ts_query_predicates_for_pattern(address, i2, TRANSFER_BUFFER);
      const stepCount = C.getValue(TRANSFER_BUFFER, "i32");
      predicates[i2] = [];
      textPredicates[i2] = [];
      const steps = new Array();
      let stepAddress = predicatesAddress;
      for (let j = 0; j < stepCount; j++) {
        const stepType = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        const stepValueId = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        parsePattern(
          i2,
          stepType,
          stepValueId,
          captureNames,
          stringValues,
          steps,
          textPredicates,
          predicates,
          setProperties,
          assertedProperties,
          refutedProperties
        );
      }
      Object.freeze(textPredicates[i2]);
      Object.freeze(predicates[i2]);
      Object.freeze(setProperties[i2]);
      Object.freeze(assertedProperties[i2]);
      Object.freeze(refutedProperties[i2]);
    }
    C._free(sourceAddress);
    this[0] = address;
    this.captureNames = captureNames;
    this.captureQuantifiers = captureQuantifiers;
    this.textPredicates = textPredicates;
    this.predicates = predicates;
    this.setProperties = setProperties;
    this.assertedProperties = assertedProperties;
    this.refutedProperties = refutedProperties;
    this.exceededMatchLimit = false;
  }
  /** Delete the query, freeing its resources. */
  delete() {
    C._ts_query_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Iterate over all of the matches in the order that they were found.
   *
   * Each match contains the index of the pattern that matched, and a list of
   * captures. Because multiple patterns can match the same set of nodes,
   * one match may contain captures that appear *before* some of the
   * captures from a previous match.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  matches(node, options = {}) {
    const startPosition = options.startPosition ?? ZERO_POINT;
    const endPosition = options.endPosition ?? ZERO_POINT;
    const startIndex = options.startIndex ?? 0;
    const endIndex = options.endIndex ?? 0;
    const matchLimit = options.matchLimit ?? 4294967295;
    const maxStartDepth = options.maxStartDepth ?? 4294967295;
    const timeoutMicros = options.timeoutMicros ?? 0;
    const progressCallback = options.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex !== 0 && startIndex > endIndex) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_matches_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex,
      matchLimit,
      maxStartDepth,
      timeoutMicros
    );
    const rawCount = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array(rawCount);
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    let filteredCount = 0;
    let address = startAddress;
    for (let i2 = 0; i2 < rawCount; i2++) {
      const patternIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureCount = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captures = new Array(captureCount);
      address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        result[filteredCount] = { pattern: patternIndex, patternIndex, captures };
        const setProperties = this.setProperties[patternIndex];
        result[filteredCount].setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        result[filteredCount].assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        result[filteredCount].refutedProperties = refutedProperties;
        filteredCount++;
      }
    }
    result.length = filteredCount;
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result;
  }
  /**
   * Iterate over all of the individual captures in the order that they
   * appear.
   *
   * This is useful if you don't care about which pattern matched, and just
   * want a single, ordered sequence of captures.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  captures(node, options = {}) {
    const startPosition = options.startPosition ?? ZERO_POINT;
    const endPosition = options.endPosition ?? ZERO_POINT;
    const startIndex = options.startIndex ?? 0;
    const endIndex = options.endIndex ?? 0;
    const matchLimit = options.matchLimit ?? 4294967295;
    const maxStartDepth = options.maxStartDepth ?? 4294967295;
    const timeoutMicros = options.timeoutMicros ?? 0;
    const progressCallback = options.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex !== 0 && startIndex > endIndex) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_captures_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex,
      matchLimit,
      maxStartDepth,
      timeoutMicros
    );
    const count2 = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array();
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    const captures = new Array();
    let address = startAddress;
    for (let i2 = 0; i2 < count2; i2++) {
      const patternIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureCount = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      captures.length = captureCount;
      address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        const capture = captures[captureIndex];
        const setProperties = this.setProperties[patternIndex];
        capture.setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        capture.assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        capture.refutedProperties = refutedProperties;
        result.push(capture);
      }
    }
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result;
  }
  /** Get the predicates for a given pattern. */
  predicatesForPattern(patternIndex) {
    return this.predicates[patternIndex];
  }
  /**
   * Disable a certain capture within a query.
   *
   * This prevents the capture from being returned in matches, and also
   * avoids any resource usage associated with recording the capture.
   */
  disableCapture(captureName) {
    const captureNameLength = C.lengthBytesUTF8(captureName);
    const captureNameAddress = C._malloc(captureNameLength + 1);
    C.stringToUTF8(captureName, captureNameAddress, captureNameLength + 1);
    C._ts_query_disable_capture(this[0], captureNameAddress, captureNameLength);
    C._free(captureNameAddress);
  }
  /**
   * Disable a certain pattern within a query.
   *
   * This prevents the pattern from matching, and also avoids any resource
   * usage associated with the pattern. This throws an error if the pattern
   * index is out of bounds.
   */
  disablePattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    C._ts_query_disable_pattern(this[0], patternIndex);
  }
  /**
   * Check if, on its last execution, this cursor exceeded its maximum number
   * of in-progress matches.
   */
  didExceedMatchLimit() {
    return this.exceededMatchLimit;
  }
  /** Get the byte offset where the given pattern starts in the query's source. */
  startIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    return C._ts_query_start_byte_for_pattern(this[0], patternIndex);
  }
  /** Get the byte offset where the given pattern ends in the query's source. */
  endIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    return C._ts_query_end_byte_for_pattern(this[0], patternIndex);
  }
  /** Get the number of patterns in the query. */
  patternCount() {
    return C._ts_query_pattern_count(this[0]);
  }
  /** Get the index for a given capture name. */
  captureIndexForName(captureName) {
    return this.captureNames.indexOf(captureName);
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternRooted(patternIndex) {
    return C._ts_query_is_pattern_rooted(this[0], patternIndex) === 1;
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternNonLocal(patternIndex) {
    return C._ts_query_is_pattern_non_local(this[0], patternIndex) === 1;
  }
  /**
   * Check if a given step in a query is 'definite'.
   *
   * A query step is 'definite' if its parent pattern will be guaranteed to
   * match successfully once it reaches the step.
   */
  isPatternGuaranteedAtStep(byteIndex) {
    return C._ts_query_is_pattern_guaranteed_at_step(this[0], byteIndex) === 1;
  }
};
var LANGUAGE_FUNCTION_REGEX = /^tree_sitter_\w+$/;
var Language = class _Language {
  static {
    __name(this, "Language");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for WASM
  /**
   * A list of all node types in the language. The index of each type in this
   * array is its node type id.
   */
  types;
  /**
   * A list of all field names in the language. The index of each field name in
   * this array is its field id.
   */
  fields;
  /** @internal */
  constructor(internal, address) {
    assertInternal(internal);
    this[0] = address;
    this.types = new Array(C._ts_language_symbol_count(this[0]));
    for (let i2 = 0, n = this.types.length; i2 < n; i2++) {
      if (C._ts_language_symbol_type(this[0], i2) < 2) {
        this.types[i2] = C.UTF8ToString(C._ts_language_symbol_name(this[0], i2));
      }
    }
    this.fields = new Array(C._ts_language_field_count(this[0]) + 1);
    for (let i2 = 0, n = this.fields.length; i2 < n; i2++) {
      const fieldName2 = C._ts_language_field_name_for_id(this[0], i2);
      if (fieldName2 !== 0) {
        this.fields[i2] = C.UTF8ToString(fieldName2);
      } else {
        this.fields[i2] = null;
      }
    }
  }
  /**
   * Gets the name of the language.
   */
  get name() {
    const ptr = C._ts_language_name(this[0]);
    if (ptr === 0) return null;
    return C.UTF8ToString(ptr);
  }
  /**
   * @deprecated since version 0.25.0, use {@link Language#abiVersion} instead
   * Gets the version of the language.
   */
  get version() {
    return C._ts_language_version(this[0]);
  }
  /**
   * Gets the ABI version of the language.
   */
  get abiVersion() {
    return C._ts_language_abi_version(this[0]);
  }
  /**
  * Get the metadata for this language. This information is generated by the
  * CLI, and relies on the language author providing the correct metadata in
  * the language's `tree-sitter.json` file.
  */
  get metadata() {
    C._ts_language_metadata(this[0]);
    const length = C.getValue(TRANSFER_BUFFER, "i32");
    const address = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    if (length === 0) return null;
    return unmarshalLanguageMetadata(address);
  }
  /**
   * Gets the number of fields in the language.
   */
  get fieldCount() {
    return this.fields.length - 1;
  }
  /**
   * Gets the number of states in the language.
   */
  get stateCount() {
    return C._ts_language_state_count(this[0]);
  }
  /**
   * Get the field id for a field name.
   */
  fieldIdForName(fieldName2) {
    const result = this.fields.indexOf(fieldName2);
    return result !== -1 ? result : null;
  }
  /**
   * Get the field name for a field id.
   */
  fieldNameForId(fieldId) {
    return this.fields[fieldId] ?? null;
  }
  /**
   * Get the node type id for a node type name.
   */
  idForNodeType(type, named) {
    const typeLength = C.lengthBytesUTF8(type);
    const typeAddress = C._malloc(typeLength + 1);
    C.stringToUTF8(type, typeAddress, typeLength + 1);
    const result = C._ts_language_symbol_for_name(this[0], typeAddress, typeLength, named ? 1 : 0);
    C._free(typeAddress);
    return result || null;
  }
  /**
   * Gets the number of node types in the language.
   */
  get nodeTypeCount() {
    return C._ts_language_symbol_count(this[0]);
  }
  /**
   * Get the node type name for a node type id.
   */
  nodeTypeForId(typeId) {
    const name2 = C._ts_language_symbol_name(this[0], typeId);
    return name2 ? C.UTF8ToString(name2) : null;
  }
  /**
   * Check if a node type is named.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/2-basic-parsing.html#named-vs-anonymous-nodes}
   */
  nodeTypeIsNamed(typeId) {
    return C._ts_language_type_is_named_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Check if a node type is visible.
   */
  nodeTypeIsVisible(typeId) {
    return C._ts_language_type_is_visible_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Get the supertypes ids of this language.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/6-static-node-types.html?highlight=supertype#supertype-nodes}
   */
  get supertypes() {
    C._ts_language_supertypes_wasm(this[0]);
    const count2 = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count2);
    if (count2 > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count2; i2++) {
        result[i2] = C.getValue(address, "i16");
        address += SIZE_OF_SHORT;
      }
    }
    return result;
  }
  /**
   * Get the subtype ids for a given supertype node id.
   */
  subtypes(supertype) {
    C._ts_language_subtypes_wasm(this[0], supertype);
    const count2 = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count2);
    if (count2 > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count2; i2++) {
        result[i2] = C.getValue(address, "i16");
        address += SIZE_OF_SHORT;
      }
    }
    return result;
  }
  /**
   * Get the next state id for a given state id and node type id.
   */
  nextState(stateId, typeId) {
    return C._ts_language_next_state(this[0], stateId, typeId);
  }
  /**
   * Create a new lookahead iterator for this language and parse state.
   *
   * This returns `null` if state is invalid for this language.
   *
   * Iterating {@link LookaheadIterator} will yield valid symbols in the given
   * parse state. Newly created lookahead iterators will return the `ERROR`
   * symbol from {@link LookaheadIterator#currentType}.
   *
   * Lookahead iterators can be useful for generating suggestions and improving
   * syntax error diagnostics. To get symbols valid in an `ERROR` node, use the
   * lookahead iterator on its first leaf node state. For `MISSING` nodes, a
   * lookahead iterator created on the previous non-extra leaf node may be
   * appropriate.
   */
  lookaheadIterator(stateId) {
    const address = C._ts_lookahead_iterator_new(this[0], stateId);
    if (address) return new LookaheadIterator(INTERNAL, address, this);
    return null;
  }
  /**
   * @deprecated since version 0.25.0, call `new` on a {@link Query} instead
   *
   * Create a new query from a string containing one or more S-expression
   * patterns.
   *
   * The query is associated with a particular language, and can only be run
   * on syntax nodes parsed with that language. References to Queries can be
   * shared between multiple threads.
   *
   * @link {@see https://tree-sitter.github.io/tree-sitter/using-parsers/queries}
   */
  query(source) {
    console.warn("Language.query is deprecated. Use new Query(language, source) instead.");
    return new Query(this, source);
  }
  /**
   * Load a language from a WebAssembly module.
   * The module can be provided as a path to a file or as a buffer.
   */
  static async load(input) {
    let bytes;
    if (input instanceof Uint8Array) {
      bytes = Promise.resolve(input);
    } else {
      if (globalThis.process?.versions.node) {
        const fs2 = await import("fs/promises");
        bytes = fs2.readFile(input);
      } else {
        bytes = fetch(input).then((response) => response.arrayBuffer().then((buffer) => {
          if (response.ok) {
            return new Uint8Array(buffer);
          } else {
            const body2 = new TextDecoder("utf-8").decode(buffer);
            throw new Error(`Language.load failed with status ${response.status}.

${body2}`);
          }
        }));
      }
    }
    const mod = await C.loadWebAssemblyModule(await bytes, { loadAsync: true });
    const symbolNames = Object.keys(mod);
    const functionName2 = symbolNames.find((key) => LANGUAGE_FUNCTION_REGEX.test(key) && !key.includes("external_scanner_"));
    if (!functionName2) {
      console.log(`Couldn't find language function in WASM file. Symbols:
${JSON.stringify(symbolNames, null, 2)}`);
      throw new Error("Language.load failed: no language function found in WASM file");
    }
    const languageAddress = mod[functionName2]();
    return new _Language(INTERNAL, languageAddress);
  }
};
var Module2 = (() => {
  var _scriptName = import.meta.url;
  return async function(moduleArg = {}) {
    var moduleRtn;
    var Module = moduleArg;
    var readyPromiseResolve, readyPromiseReject;
    var readyPromise = new Promise((resolve, reject) => {
      readyPromiseResolve = resolve;
      readyPromiseReject = reject;
    });
    var ENVIRONMENT_IS_WEB = typeof window == "object";
    var ENVIRONMENT_IS_WORKER = typeof WorkerGlobalScope != "undefined";
    var ENVIRONMENT_IS_NODE = typeof process == "object" && typeof process.versions == "object" && typeof process.versions.node == "string" && process.type != "renderer";
    var ENVIRONMENT_IS_SHELL = !ENVIRONMENT_IS_WEB && !ENVIRONMENT_IS_NODE && !ENVIRONMENT_IS_WORKER;
    if (ENVIRONMENT_IS_NODE) {
      const { createRequire } = await import("module");
      var require = createRequire(import.meta.url);
    }
    Module.currentQueryProgressCallback = null;
    Module.currentProgressCallback = null;
    Module.currentLogCallback = null;
    Module.currentParseCallback = null;
    var moduleOverrides = Object.assign({}, Module);
    var arguments_ = [];
    var thisProgram = "./this.program";
    var quit_ = /* @__PURE__ */ __name((status, toThrow) => {
      throw toThrow;
    }, "quit_");
    var scriptDirectory = "";
    function locateFile(path2) {
      if (Module["locateFile"]) {
        return Module["locateFile"](path2, scriptDirectory);
      }
      return scriptDirectory + path2;
    }
    __name(locateFile, "locateFile");
    var readAsync, readBinary;
    if (ENVIRONMENT_IS_NODE) {
      var fs = require("fs");
      var nodePath = require("path");
      if (!import.meta.url.startsWith("data:")) {
        scriptDirectory = nodePath.dirname(require("url").fileURLToPath(import.meta.url)) + "/";
      }
      readBinary = /* @__PURE__ */ __name((filename) => {
        filename = isFileURI(filename) ? new URL(filename) : filename;
        var ret = fs.readFileSync(filename);
        return ret;
      }, "readBinary");
      readAsync = /* @__PURE__ */ __name(async (filename, binary2 = true) => {
        filename = isFileURI(filename) ? new URL(filename) : filename;
        var ret = fs.readFileSync(filename, binary2 ? void 0 : "utf8");
        return ret;
      }, "readAsync");
      if (!Module["thisProgram"] && process.argv.length > 1) {
        thisProgram = process.argv[1].replace(/\\/g, "/");
      }
      arguments_ = process.argv.slice(2);
      quit_ = /* @__PURE__ */ __name((status, toThrow) => {
        process.exitCode = status;
        throw toThrow;
      }, "quit_");
    } else if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
      if (ENVIRONMENT_IS_WORKER) {
        scriptDirectory = self.location.href;
      } else if (typeof document != "undefined" && document.currentScript) {
        scriptDirectory = document.currentScript.src;
      }
      if (_scriptName) {
        scriptDirectory = _scriptName;
      }
      if (scriptDirectory.startsWith("blob:")) {
        scriptDirectory = "";
      } else {
        scriptDirectory = scriptDirectory.slice(0, scriptDirectory.replace(/[?#].*/, "").lastIndexOf("/") + 1);
      }
      {
        if (ENVIRONMENT_IS_WORKER) {
          readBinary = /* @__PURE__ */ __name((url) => {
            var xhr = new XMLHttpRequest();
            xhr.open("GET", url, false);
            xhr.responseType = "arraybuffer";
            xhr.send(null);
            return new Uint8Array(
              /** @type{!ArrayBuffer} */
              xhr.response
            );
          }, "readBinary");
        }
        readAsync = /* @__PURE__ */ __name(async (url) => {
          if (isFileURI(url)) {
            return new Promise((resolve, reject) => {
              var xhr = new XMLHttpRequest();
              xhr.open("GET", url, true);
              xhr.responseType = "arraybuffer";
              xhr.onload = () => {
                if (xhr.status == 200 || xhr.status == 0 && xhr.response) {
                  resolve(xhr.response);
                  return;
                }
                reject(xhr.status);
              };
              xhr.onerror = reject;
              xhr.send(null);
            });
          }
          var response = await fetch(url, {
            credentials: "same-origin"
          });
          if (response.ok) {
            return response.arrayBuffer();
          }
          throw new Error(response.status + " : " + response.url);
        }, "readAsync");
      }
    } else {
    }
    var out = Module["print"] || console.log.bind(console);
    var err = Module["printErr"] || console.error.bind(console);
    Object.assign(Module, moduleOverrides);
    moduleOverrides = null;
    if (Module["arguments"]) arguments_ = Module["arguments"];
    if (Module["thisProgram"]) thisProgram = Module["thisProgram"];
    var dynamicLibraries = Module["dynamicLibraries"] || [];
    var wasmBinary = Module["wasmBinary"];
    var wasmMemory;
    var ABORT = false;
    var EXITSTATUS;
    function assert(condition, text) {
      if (!condition) {
        abort(text);
      }
    }
    __name(assert, "assert");
    var HEAP, HEAP8, HEAPU8, HEAP16, HEAPU16, HEAP32, HEAPU32, HEAPF32, HEAP64, HEAPU64, HEAPF64;
    var HEAP_DATA_VIEW;
    var runtimeInitialized = false;
    var isFileURI = /* @__PURE__ */ __name((filename) => filename.startsWith("file://"), "isFileURI");
    function updateMemoryViews() {
      var b = wasmMemory.buffer;
      Module["HEAP_DATA_VIEW"] = HEAP_DATA_VIEW = new DataView(b);
      Module["HEAP8"] = HEAP8 = new Int8Array(b);
      Module["HEAP16"] = HEAP16 = new Int16Array(b);
      Module["HEAPU8"] = HEAPU8 = new Uint8Array(b);
      Module["HEAPU16"] = HEAPU16 = new Uint16Array(b);
      Module["HEAP32"] = HEAP32 = new Int32Array(b);
      Module["HEAPU32"] = HEAPU32 = new Uint32Array(b);
      Module["HEAPF32"] = HEAPF32 = new Float32Array(b);
      Module["HEAPF64"] = HEAPF64 = new Float64Array(b);
      Module["HEAP64"] = HEAP64 = new BigInt64Array(b);
      Module["HEAPU64"] = HEAPU64 = new BigUint64Array(b);
    }
    __name(updateMemoryViews, "updateMemoryViews");
    if (Module["wasmMemory"]) {
      wasmMemory = Module["wasmMemory"];
    } else {
      var INITIAL_MEMORY = Module["INITIAL_MEMORY"] || 33554432;
      wasmMemory = new WebAssembly.Memory({
        "initial": INITIAL_MEMORY / 65536,
        // In theory we should not need to emit the maximum if we want "unlimited"
        // or 4GB of memory, but VMs error on that atm, see
        // https://github.com/emscripten-core/emscripten/issues/14130
        // And in the pthreads case we definitely need to emit a maximum. So
        // always emit one.
        "maximum": 32768
      });
    }
    updateMemoryViews();
    var __RELOC_FUNCS__ = [];
    function preRun() {
      if (Module["preRun"]) {
        if (typeof Module["preRun"] == "function") Module["preRun"] = [Module["preRun"]];
        while (Module["preRun"].length) {
          addOnPreRun(Module["preRun"].shift());
        }
      }
      callRuntimeCallbacks(onPreRuns);
    }
    __name(preRun, "preRun");
    function initRuntime() {
      runtimeInitialized = true;
      callRuntimeCallbacks(__RELOC_FUNCS__);
      wasmExports["__wasm_call_ctors"]();
      callRuntimeCallbacks(onPostCtors);
    }
    __name(initRuntime, "initRuntime");
    function preMain() {
    }
    __name(preMain, "preMain");
    function postRun() {
      if (Module["postRun"]) {
        if (typeof Module["postRun"] == "function") Module["postRun"] = [Module["postRun"]];
        while (Module["postRun"].length) {
          addOnPostRun(Module["postRun"].shift());
        }
      }
      callRuntimeCallbacks(onPostRuns);
    }
    __name(postRun, "postRun");
    var runDependencies = 0;
    var dependenciesFulfilled = null;
    function getUniqueRunDependency(id) {
      return id;
    }
    __name(getUniqueRunDependency, "getUniqueRunDependency");
    function addRunDependency(id) {
      runDependencies++;
      Module["monitorRunDependencies"]?.(runDependencies);
    }
    __name(addRunDependency, "addRunDependency");
    function removeRunDependency(id) {
      runDependencies--;
      Module["monitorRunDependencies"]?.(runDependencies);
      if (runDependencies == 0) {
        if (dependenciesFulfilled) {
          var callback = dependenciesFulfilled;
          dependenciesFulfilled = null;
          callback();
        }
      }
    }
    __name(removeRunDependency, "removeRunDependency");
    function abort(what) {
      Module["onAbort"]?.(what);
      what = "Aborted(" + what + ")";
      err(what);
      ABORT = true;
      what += ". Build with -sASSERTIONS for more info.";
      var e = new WebAssembly.RuntimeError(what);
      readyPromiseReject(e);
      throw e;
    }
    __name(abort, "abort");
    var wasmBinaryFile;
    function findWasmBinary() {
      if (Module["locateFile"]) {
        return locateFile("tree-sitter.wasm");
      }
      return new URL("tree-sitter.wasm", import.meta.url).href;
    }
    __name(findWasmBinary, "findWasmBinary");
    function getBinarySync(file) {
      if (file == wasmBinaryFile && wasmBinary) {
        return new Uint8Array(wasmBinary);
      }
      if (readBinary) {
        return readBinary(file);
      }
      throw "both async and sync fetching of the wasm failed";
    }
    __name(getBinarySync, "getBinarySync");
    async function getWasmBinary(binaryFile) {
      if (!wasmBinary) {
        try {
          var response = await readAsync(binaryFile);
          return new Uint8Array(response);
        } catch {
        }
      }
      return getBinarySync(binaryFile);
    }
    __name(getWasmBinary, "getWasmBinary");
    async function instantiateArrayBuffer(binaryFile, imports) {
      try {
        var binary2 = await getWasmBinary(binaryFile);
        var instance2 = await WebAssembly.instantiate(binary2, imports);
        return instance2;
      } catch (reason) {
        err(`failed to asynchronously prepare wasm: ${reason}`);
        abort(reason);
      }
    }
    __name(instantiateArrayBuffer, "instantiateArrayBuffer");
    async function instantiateAsync(binary2, binaryFile, imports) {
      if (!binary2 && typeof WebAssembly.instantiateStreaming == "function" && !isFileURI(binaryFile) && !ENVIRONMENT_IS_NODE) {
        try {
          var response = fetch(binaryFile, {
            credentials: "same-origin"
          });
          var instantiationResult = await WebAssembly.instantiateStreaming(response, imports);
          return instantiationResult;
        } catch (reason) {
          err(`wasm streaming compile failed: ${reason}`);
          err("falling back to ArrayBuffer instantiation");
        }
      }
      return instantiateArrayBuffer(binaryFile, imports);
    }
    __name(instantiateAsync, "instantiateAsync");
    function getWasmImports() {
      return {
        "env": wasmImports,
        "wasi_snapshot_preview1": wasmImports,
        "GOT.mem": new Proxy(wasmImports, GOTHandler),
        "GOT.func": new Proxy(wasmImports, GOTHandler)
      };
    }
    __name(getWasmImports, "getWasmImports");
    async function createWasm() {
      function receiveInstance(instance2, module2) {
        wasmExports = instance2.exports;
        wasmExports = relocateExports(wasmExports, 1024);
        var metadata2 = getDylinkMetadata(module2);
        if (metadata2.neededDynlibs) {
          dynamicLibraries = metadata2.neededDynlibs.concat(dynamicLibraries);
        }
        mergeLibSymbols(wasmExports, "main");
        LDSO.init();
        loadDylibs();
        __RELOC_FUNCS__.push(wasmExports["__wasm_apply_data_relocs"]);
        removeRunDependency("wasm-instantiate");
        return wasmExports;
      }
      __name(receiveInstance, "receiveInstance");
      addRunDependency("wasm-instantiate");
      function receiveInstantiationResult(result2) {
        return receiveInstance(result2["instance"], result2["module"]);
      }
      __name(receiveInstantiationResult, "receiveInstantiationResult");
      var info2 = getWasmImports();
      if (Module["instantiateWasm"]) {
        return new Promise((resolve, reject) => {
          Module["instantiateWasm"](info2, (mod, inst) => {
            receiveInstance(mod, inst);
            resolve(mod.exports);
          });
        });
      }
      wasmBinaryFile ??= findWasmBinary();
      try {
        var result = await instantiateAsync(wasmBinary, wasmBinaryFile, info2);
        var exports = receiveInstantiationResult(result);
        return exports;
      } catch (e) {
        readyPromiseReject(e);
        return Promise.reject(e);
      }
    }
    __name(createWasm, "createWasm");
    var ASM_CONSTS = {};
    class ExitStatus {
      static {
        __name(this, "ExitStatus");
      }
      name = "ExitStatus";
      constructor(status) {
        this.message = `Program terminated with exit(${status})`;
        this.status = status;
      }
    }
    var GOT = {};
    var currentModuleWeakSymbols = /* @__PURE__ */ new Set([]);
    var GOTHandler = {
      get(obj, symName) {
        var rtn = GOT[symName];
        if (!rtn) {
          rtn = GOT[symName] = new WebAssembly.Global({
            "value": "i32",
            "mutable": true
          });
        }
        if (!currentModuleWeakSymbols.has(symName)) {
          rtn.required = true;
        }
        return rtn;
      }
    };
    var LE_HEAP_LOAD_F32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat32(byteOffset, true), "LE_HEAP_LOAD_F32");
    var LE_HEAP_LOAD_F64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat64(byteOffset, true), "LE_HEAP_LOAD_F64");
    var LE_HEAP_LOAD_I16 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt16(byteOffset, true), "LE_HEAP_LOAD_I16");
    var LE_HEAP_LOAD_I32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt32(byteOffset, true), "LE_HEAP_LOAD_I32");
    var LE_HEAP_LOAD_U16 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getUint16(byteOffset, true), "LE_HEAP_LOAD_U16");
    var LE_HEAP_LOAD_U32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getUint32(byteOffset, true), "LE_HEAP_LOAD_U32");
    var LE_HEAP_STORE_F32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat32(byteOffset, value, true), "LE_HEAP_STORE_F32");
    var LE_HEAP_STORE_F64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat64(byteOffset, value, true), "LE_HEAP_STORE_F64");
    var LE_HEAP_STORE_I16 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt16(byteOffset, value, true), "LE_HEAP_STORE_I16");
    var LE_HEAP_STORE_I32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt32(byteOffset, value, true), "LE_HEAP_STORE_I32");
    var LE_HEAP_STORE_U16 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setUint16(byteOffset, value, true), "LE_HEAP_STORE_U16");
    var LE_HEAP_STORE_U32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setUint32(byteOffset, value, true), "LE_HEAP_STORE_U32");
    var callRuntimeCallbacks = /* @__PURE__ */ __name((callbacks) => {
      while (callbacks.length > 0) {
        callbacks.shift()(Module);
      }
    }, "callRuntimeCallbacks");
    var onPostRuns = [];
    var addOnPostRun = /* @__PURE__ */ __name((cb) => onPostRuns.unshift(cb), "addOnPostRun");
    var onPreRuns = [];
    var addOnPreRun = /* @__PURE__ */ __name((cb) => onPreRuns.unshift(cb), "addOnPreRun");
    var UTF8Decoder = typeof TextDecoder != "undefined" ? new TextDecoder() : void 0;
    var UTF8ArrayToString = /* @__PURE__ */ __name((heapOrArray, idx = 0, maxBytesToRead = NaN) => {
      var endIdx = idx + maxBytesToRead;
      var endPtr = idx;
      while (heapOrArray[endPtr] && !(endPtr >= endIdx)) ++endPtr;
      if (endPtr - idx > 16 && heapOrArray.buffer && UTF8Decoder) {
        return UTF8Decoder.decode(heapOrArray.subarray(idx, endPtr));
      }
      var str = "";
      while (idx < endPtr) {
        var u0 = heapOrArray[idx++];
        if (!(u0 & 128)) {
          str += String.fromCharCode(u0);
          continue;
        }
        var u1 = heapOrArray[idx++] & 63;
        if ((u0 & 224) == 192) {
          str += String.fromCharCode((u0 & 31) << 6 | u1);
          continue;
        }
        var u2 = heapOrArray[idx++] & 63;
        if ((u0 & 240) == 224) {
          u0 = (u0 & 15) << 12 | u1 << 6 | u2;
        } else {
          u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63;
        }
        if (u0 < 65536) {
          str += String.fromCharCode(u0);
        } else {
          var ch = u0 - 65536;
          str += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
        }
      }
      return str;
    }, "UTF8ArrayToString");
    var getDylinkMetadata = /* @__PURE__ */ __name((binary2) => {
      var offset = 0;
      var end = 0;
      function getU8() {
        return binary2[offset++];
      }
      __name(getU8, "getU8");
      function getLEB() {
        var ret = 0;
        var mul = 1;
        while (1) {
          var byte = binary2[offset++];
          ret += (byte & 127) * mul;
          mul *= 128;
          if (!(byte & 128)) break;
        }
        return ret;
      }
      __name(getLEB, "getLEB");
      function getString() {
        var len = getLEB();
        offset += len;
        return UTF8ArrayToString(binary2, offset - len, len);
      }
      __name(getString, "getString");
      function failIf(condition, message) {
        if (condition) throw new Error(message);
      }
      __name(failIf, "failIf");
      var name2 = "dylink.0";
      if (binary2 instanceof WebAssembly.Module) {
        var dylinkSection = WebAssembly.Module.customSections(binary2, name2);
        if (dylinkSection.length === 0) {
          name2 = "dylink";
          dylinkSection = WebAssembly.Module.customSections(binary2, name2);
        }
        failIf(dylinkSection.length === 0, "need dylink section");
        binary2 = new Uint8Array(dylinkSection[0]);
        end = binary2.length;
      } else {
        var int32View = new Uint32Array(new Uint8Array(binary2.subarray(0, 24)).buffer);
        var magicNumberFound = int32View[0] == 1836278016 || int32View[0] == 6386541;
        failIf(!magicNumberFound, "need to see wasm magic number");
        failIf(binary2[8] !== 0, "need the dylink section to be first");
        offset = 9;
        var section_size = getLEB();
        end = offset + section_size;
        name2 = getString();
      }
      var customSection = {
        neededDynlibs: [],
        tlsExports: /* @__PURE__ */ new Set(),
        weakImports: /* @__PURE__ */ new Set()
      };
      if (name2 == "dylink") {
        customSection.memorySize = getLEB();
        customSection.memoryAlign = getLEB();
        customSection.tableSize = getLEB();
        customSection.tableAlign = getLEB();
        var neededDynlibsCount = getLEB();
        for (var i2 = 0; i2 < neededDynlibsCount; ++i2) {
          var libname = getString();
          customSection.neededDynlibs.push(libname);
        }
      } else {
        failIf(name2 !== "dylink.0");
        var WASM_DYLINK_MEM_INFO = 1;
        var WASM_DYLINK_NEEDED = 2;
        var WASM_DYLINK_EXPORT_INFO = 3;
        var WASM_DYLINK_IMPORT_INFO = 4;
        var WASM_SYMBOL_TLS = 256;
        var WASM_SYMBOL_BINDING_MASK = 3;
        var WASM_SYMBOL_BINDING_WEAK = 1;
        while (offset < end) {
          var subsectionType = getU8();
          var subsectionSize = getLEB();
          if (subsectionType === WASM_DYLINK_MEM_INFO) {
            customSection.memorySize = getLEB();
            customSection.memoryAlign = getLEB();
            customSection.tableSize = getLEB();
            customSection.tableAlign = getLEB();
          } else if (subsectionType === WASM_DYLINK_NEEDED) {
            var neededDynlibsCount = getLEB();
            for (var i2 = 0; i2 < neededDynlibsCount; ++i2) {
              libname = getString();
              customSection.neededDynlibs.push(libname);
            }
          } else if (subsectionType === WASM_DYLINK_EXPORT_INFO) {
            var count2 = getLEB();
            while (count2--) {
              var symname = getString();
              var flags2 = getLEB();
              if (flags2 & WASM_SYMBOL_TLS) {
                customSection.tlsExports.add(symname);
              }
            }
          } else if (subsectionType === WASM_DYLINK_IMPORT_INFO) {
            var count2 = getLEB();
            while (count2--) {
              var modname = getString();
              var symname = getString();
              var flags2 = getLEB();
              if ((flags2 & WASM_SYMBOL_BINDING_MASK) == WASM_SYMBOL_BINDING_WEAK) {
                customSection.weakImports.add(symname);
              }
            }
          } else {
            offset += subsectionSize;
          }
        }
      }
      return customSection;
    }, "getDylinkMetadata");
    function getValue(ptr, type = "i8") {
      if (type.endsWith("*")) type = "*";
      switch (type) {
        case "i1":
          return HEAP8[ptr];
        case "i8":
          return HEAP8[ptr];
        case "i16":
          return LE_HEAP_LOAD_I16((ptr >> 1) * 2);
        case "i32":
          return LE_HEAP_LOAD_I32((ptr >> 2) * 4);
        case "i64":
          return HEAP64[ptr >> 3];
        case "float":
          return LE_HEAP_LOAD_F32((ptr >> 2) * 4);
        case "double":
          return LE_HEAP_LOAD_F64((ptr >> 3) * 8);
        case "*":
          return LE_HEAP_LOAD_U32((ptr >> 2) * 4);
        default:
          abort(`invalid type for getValue: ${type}`);
      }
    }
    __name(getValue, "getValue");
    var newDSO = /* @__PURE__ */ __name((name2, handle2, syms) => {
      var dso = {
        refcount: Infinity,
        name: name2,
        exports: syms,
        global: true
      };
      LDSO.loadedLibsByName[name2] = dso;
      if (handle2 != void 0) {
        LDSO.loadedLibsByHandle[handle2] = dso;
      }
      return dso;
    }, "newDSO");
    var LDSO = {
      loadedLibsByName: {},
      loadedLibsByHandle: {},
      init() {
        newDSO("__main__", 0, wasmImports);
      }
    };
    var ___heap_base = 78224;
    var alignMemory = /* @__PURE__ */ __name((size, alignment) => Math.ceil(size / alignment) * alignment, "alignMemory");
    var getMemory = /* @__PURE__ */ __name((size) => {
      if (runtimeInitialized) {
        return _calloc(size, 1);
      }
      var ret = ___heap_base;
      var end = ret + alignMemory(size, 16);
      ___heap_base = end;
      GOT["__heap_base"].value = end;
      return ret;
    }, "getMemory");
    var isInternalSym = /* @__PURE__ */ __name((symName) => ["__cpp_exception", "__c_longjmp", "__wasm_apply_data_relocs", "__dso_handle", "__tls_size", "__tls_align", "__set_stack_limits", "_emscripten_tls_init", "__wasm_init_tls", "__wasm_call_ctors", "__start_em_asm", "__stop_em_asm", "__start_em_js", "__stop_em_js"].includes(symName) || symName.startsWith("__em_js__"), "isInternalSym");
    var uleb128Encode = /* @__PURE__ */ __name((n, target) => {
      if (n < 128) {
        target.push(n);
      } else {
        target.push(n % 128 | 128, n >> 7);
      }
    }, "uleb128Encode");
    var sigToWasmTypes = /* @__PURE__ */ __name((sig) => {
      var typeNames = {
        "i": "i32",
        "j": "i64",
        "f": "f32",
        "d": "f64",
        "e": "externref",
        "p": "i32"
      };
      var type = {
        parameters: [],
        results: sig[0] == "v" ? [] : [typeNames[sig[0]]]
      };
      for (var i2 = 1; i2 < sig.length; ++i2) {
        type.parameters.push(typeNames[sig[i2]]);
      }
      return type;
    }, "sigToWasmTypes");
    var generateFuncType = /* @__PURE__ */ __name((sig, target) => {
      var sigRet = sig.slice(0, 1);
      var sigParam = sig.slice(1);
      var typeCodes = {
        "i": 127,
        // i32
        "p": 127,
        // i32
        "j": 126,
        // i64
        "f": 125,
        // f32
        "d": 124,
        // f64
        "e": 111
      };
      target.push(96);
      uleb128Encode(sigParam.length, target);
      for (var i2 = 0; i2 < sigParam.length; ++i2) {
        target.push(typeCodes[sigParam[i2]]);
      }
      if (sigRet == "v") {
        target.push(0);
      } else {
        target.push(1, typeCodes[sigRet]);
      }
    }, "generateFuncType");
    var convertJsFunctionToWasm = /* @__PURE__ */ __name((func2, sig) => {
      if (typeof WebAssembly.Function == "function") {
        return new WebAssembly.Function(sigToWasmTypes(sig), func2);
      }
      var typeSectionBody = [1];
      generateFuncType(sig, typeSectionBody);
      var bytes = [
        0,
        97,
        115,
        109,
        // magic ("\0asm")
        1,
        0,
        0,
        0,
        // version: 1
        1
      ];
      uleb128Encode(typeSectionBody.length, bytes);
      bytes.push(...typeSectionBody);
      bytes.push(
        2,
        7,
        // import section
        // (import "e" "f" (func 0 (type 0)))
        1,
        1,
        101,
        1,
        102,
        0,
        0,
        7,
        5,
        // export section
        // (export "f" (func 0 (type 0)))
        1,
        1,
        102,
        0,
        0
      );
      var module2 = new WebAssembly.Module(new Uint8Array(bytes));
      var instance2 = new WebAssembly.Instance(module2, {
        "e": {
          "f": func2
        }
      });
      var wrappedFunc = instance2.exports["f"];
      return wrappedFunc;
    }, "convertJsFunctionToWasm");
    var wasmTableMirror = [];
    var wasmTable = new WebAssembly.Table({
      "initial": 31,
      "element": "anyfunc"
    });
    var getWasmTableEntry = /* @__PURE__ */ __name((funcPtr) => {
      var func2 = wasmTableMirror[funcPtr];
      if (!func2) {
        if (funcPtr >= wasmTableMirror.length) wasmTableMirror.length = funcPtr + 1;
        wasmTableMirror[funcPtr] = func2 = wasmTable.get(funcPtr);
      }
      return func2;
    }, "getWasmTableEntry");
    var updateTableMap = /* @__PURE__ */ __name((offset, count2) => {
      if (functionsInTableMap) {
        for (var i2 = offset; i2 < offset + count2; i2++) {
          var item = getWasmTableEntry(i2);
          if (item) {
            functionsInTableMap.set(item, i2);
          }
        }
      }
    }, "updateTableMap");
    var functionsInTableMap;
    var getFunctionAddress = /* @__PURE__ */ __name((func2) => {
      if (!functionsInTableMap) {
        functionsInTableMap = /* @__PURE__ */ new WeakMap();
        updateTableMap(0, wasmTable.length);
      }
      return functionsInTableMap.get(func2) || 0;
    }, "getFunctionAddress");
    var freeTableIndexes = [];
    var getEmptyTableSlot = /* @__PURE__ */ __name(() => {
      if (freeTableIndexes.length) {
        return freeTableIndexes.pop();
      }
      try {
        wasmTable.grow(1);
      } catch (err2) {
        if (!(err2 instanceof RangeError)) {
          throw err2;
        }
        throw "Unable to grow wasm table. Set ALLOW_TABLE_GROWTH.";
      }
      return wasmTable.length - 1;
    }, "getEmptyTableSlot");
    var setWasmTableEntry = /* @__PURE__ */ __name((idx, func2) => {
      wasmTable.set(idx, func2);
      wasmTableMirror[idx] = wasmTable.get(idx);
    }, "setWasmTableEntry");
    var addFunction = /* @__PURE__ */ __name((func2, sig) => {
      var rtn = getFunctionAddress(func2);
      if (rtn) {
        return rtn;
      }
      var ret = getEmptyTableSlot();
      try {
        setWasmTableEntry(ret, func2);
      } catch (err2) {
        if (!(err2 instanceof TypeError)) {
          throw err2;
        }
        var wrapped = convertJsFunctionToWasm(func2, sig);
        setWasmTableEntry(ret, wrapped);
      }
      functionsInTableMap.set(func2, ret);
      return ret;
    }, "addFunction");
    var updateGOT = /* @__PURE__ */ __name((exports, replace) => {
      for (var symName in exports) {
        if (isInternalSym(symName)) {
          continue;
        }
        var value = exports[symName];
        GOT[symName] ||= new WebAssembly.Global({
          "value": "i32",
          "mutable": true
        });
        if (replace || GOT[symName].value == 0) {
          if (typeof value == "function") {
            GOT[symName].value = addFunction(value);
          } else if (typeof value == "number") {
            GOT[symName].value = value;
          } else {
            err(`unhandled export type for '${symName}': ${typeof value}`);
          }
        }
      }
    }, "updateGOT");
    var relocateExports = /* @__PURE__ */ __name((exports, memoryBase2, replace) => {
      var relocated = {};
      for (var e in exports) {
        var value = exports[e];
        if (typeof value == "object") {
          value = value.value;
        }
        if (typeof value == "number") {
          value += memoryBase2;
        }
        relocated[e] = value;
      }
      updateGOT(relocated, replace);
      return relocated;
    }, "relocateExports");
    var isSymbolDefined = /* @__PURE__ */ __name((symName) => {
      var existing = wasmImports[symName];
      if (!existing || existing.stub) {
        return false;
      }
      return true;
    }, "isSymbolDefined");
    var dynCall = /* @__PURE__ */ __name((sig, ptr, args2 = []) => {
      var rtn = getWasmTableEntry(ptr)(...args2);
      return rtn;
    }, "dynCall");
    var stackSave = /* @__PURE__ */ __name(() => _emscripten_stack_get_current(), "stackSave");
    var stackRestore = /* @__PURE__ */ __name((val) => __emscripten_stack_restore(val), "stackRestore");
    var createInvokeFunction = /* @__PURE__ */ __name((sig) => (ptr, ...args2) => {
      var sp = stackSave();
      try {
        return dynCall(sig, ptr, args2);
      } catch (e) {
        stackRestore(sp);
        if (e !== e + 0) throw e;
        _setThrew(1, 0);
        if (sig[0] == "j") return 0n;
      }
    }, "createInvokeFunction");
    var resolveGlobalSymbol = /* @__PURE__ */ __name((symName, direct = false) => {
      var sym;
      if (isSymbolDefined(symName)) {
        sym = wasmImports[symName];
      } else if (symName.startsWith("invoke_")) {
        sym = wasmImports[symName] = createInvokeFunction(symName.split("_")[1]);
      }
      return {
        sym,
        name: symName
      };
    }, "resolveGlobalSymbol");
    var onPostCtors = [];
    var addOnPostCtor = /* @__PURE__ */ __name((cb) => onPostCtors.unshift(cb), "addOnPostCtor");
    var UTF8ToString = /* @__PURE__ */ __name((ptr, maxBytesToRead) => ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead) : "", "UTF8ToString");
    var loadWebAssemblyModule = /* @__PURE__ */ __name((binary, flags, libName, localScope, handle) => {
      var metadata = getDylinkMetadata(binary);
      currentModuleWeakSymbols = metadata.weakImports;
      function loadModule() {
        var memAlign = Math.pow(2, metadata.memoryAlign);
        var memoryBase = metadata.memorySize ? alignMemory(getMemory(metadata.memorySize + memAlign), memAlign) : 0;
        var tableBase = metadata.tableSize ? wasmTable.length : 0;
        if (handle) {
          HEAP8[handle + 8] = 1;
          LE_HEAP_STORE_U32((handle + 12 >> 2) * 4, memoryBase);
          LE_HEAP_STORE_I32((handle + 16 >> 2) * 4, metadata.memorySize);
          LE_HEAP_STORE_U32((handle + 20 >> 2) * 4, tableBase);
          LE_HEAP_STORE_I32((handle + 24 >> 2) * 4, metadata.tableSize);
        }
        if (metadata.tableSize) {
          wasmTable.grow(metadata.tableSize);
        }
        var moduleExports;
        function resolveSymbol(sym) {
          var resolved = resolveGlobalSymbol(sym).sym;
          if (!resolved && localScope) {
            resolved = localScope[sym];
          }
          if (!resolved) {
            resolved = moduleExports[sym];
          }
          return resolved;
        }
        __name(resolveSymbol, "resolveSymbol");
        var proxyHandler = {
          get(stubs, prop) {
            switch (prop) {
              case "__memory_base":
                return memoryBase;
              case "__table_base":
                return tableBase;
            }
            if (prop in wasmImports && !wasmImports[prop].stub) {
              var res = wasmImports[prop];
              return res;
            }
            if (!(prop in stubs)) {
              var resolved;
              stubs[prop] = (...args2) => {
                resolved ||= resolveSymbol(prop);
                return resolved(...args2);
              };
            }
            return stubs[prop];
          }
        };
        var proxy = new Proxy({}, proxyHandler);
        var info = {
          "GOT.mem": new Proxy({}, GOTHandler),
          "GOT.func": new Proxy({}, GOTHandler),
          "env": proxy,
          "wasi_snapshot_preview1": proxy
        };
        function postInstantiation(module, instance) {
          updateTableMap(tableBase, metadata.tableSize);
          moduleExports = relocateExports(instance.exports, memoryBase);
          if (!flags.allowUndefined) {
            reportUndefinedSymbols();
          }
          function addEmAsm(addr, body) {
            var args = [];
            var arity = 0;
            for (; arity < 16; arity++) {
              if (body.indexOf("$" + arity) != -1) {
                args.push("$" + arity);
              } else {
                break;
              }
            }
            args = args.join(",");
            var func = `(${args}) => { ${body} };`;
            ASM_CONSTS[start] = eval(func);
          }
          __name(addEmAsm, "addEmAsm");
          if ("__start_em_asm" in moduleExports) {
            var start = moduleExports["__start_em_asm"];
            var stop = moduleExports["__stop_em_asm"];
            while (start < stop) {
              var jsString = UTF8ToString(start);
              addEmAsm(start, jsString);
              start = HEAPU8.indexOf(0, start) + 1;
            }
          }
          function addEmJs(name, cSig, body) {
            var jsArgs = [];
            cSig = cSig.slice(1, -1);
            if (cSig != "void") {
              cSig = cSig.split(",");
              for (var i in cSig) {
                var jsArg = cSig[i].split(" ").pop();
                jsArgs.push(jsArg.replace("*", ""));
              }
            }
            var func = `(${jsArgs}) => ${body};`;
            moduleExports[name] = eval(func);
          }
          __name(addEmJs, "addEmJs");
          for (var name in moduleExports) {
            if (name.startsWith("__em_js__")) {
              var start = moduleExports[name];
              var jsString = UTF8ToString(start);
              var parts = jsString.split("<::>");
              addEmJs(name.replace("__em_js__", ""), parts[0], parts[1]);
              delete moduleExports[name];
            }
          }
          var applyRelocs = moduleExports["__wasm_apply_data_relocs"];
          if (applyRelocs) {
            if (runtimeInitialized) {
              applyRelocs();
            } else {
              __RELOC_FUNCS__.push(applyRelocs);
            }
          }
          var init = moduleExports["__wasm_call_ctors"];
          if (init) {
            if (runtimeInitialized) {
              init();
            } else {
              addOnPostCtor(init);
            }
          }
          return moduleExports;
        }
        __name(postInstantiation, "postInstantiation");
        if (flags.loadAsync) {
          if (binary instanceof WebAssembly.Module) {
            var instance = new WebAssembly.Instance(binary, info);
            return Promise.resolve(postInstantiation(binary, instance));
          }
          return WebAssembly.instantiate(binary, info).then((result) => postInstantiation(result.module, result.instance));
        }
        var module = binary instanceof WebAssembly.Module ? binary : new WebAssembly.Module(binary);
        var instance = new WebAssembly.Instance(module, info);
        return postInstantiation(module, instance);
      }
      __name(loadModule, "loadModule");
      if (flags.loadAsync) {
        return metadata.neededDynlibs.reduce((chain, dynNeeded) => chain.then(() => loadDynamicLibrary(dynNeeded, flags, localScope)), Promise.resolve()).then(loadModule);
      }
      metadata.neededDynlibs.forEach((needed) => loadDynamicLibrary(needed, flags, localScope));
      return loadModule();
    }, "loadWebAssemblyModule");
    var mergeLibSymbols = /* @__PURE__ */ __name((exports, libName2) => {
      for (var [sym, exp] of Object.entries(exports)) {
        const setImport = /* @__PURE__ */ __name((target) => {
          if (!isSymbolDefined(target)) {
            wasmImports[target] = exp;
          }
        }, "setImport");
        setImport(sym);
        const main_alias = "__main_argc_argv";
        if (sym == "main") {
          setImport(main_alias);
        }
        if (sym == main_alias) {
          setImport("main");
        }
      }
    }, "mergeLibSymbols");
    var asyncLoad = /* @__PURE__ */ __name(async (url) => {
      var arrayBuffer = await readAsync(url);
      return new Uint8Array(arrayBuffer);
    }, "asyncLoad");
    function loadDynamicLibrary(libName2, flags2 = {
      global: true,
      nodelete: true
    }, localScope2, handle2) {
      var dso = LDSO.loadedLibsByName[libName2];
      if (dso) {
        if (!flags2.global) {
          if (localScope2) {
            Object.assign(localScope2, dso.exports);
          }
        } else if (!dso.global) {
          dso.global = true;
          mergeLibSymbols(dso.exports, libName2);
        }
        if (flags2.nodelete && dso.refcount !== Infinity) {
          dso.refcount = Infinity;
        }
        dso.refcount++;
        if (handle2) {
          LDSO.loadedLibsByHandle[handle2] = dso;
        }
        return flags2.loadAsync ? Promise.resolve(true) : true;
      }
      dso = newDSO(libName2, handle2, "loading");
      dso.refcount = flags2.nodelete ? Infinity : 1;
      dso.global = flags2.global;
      function loadLibData() {
        if (handle2) {
          var data = LE_HEAP_LOAD_U32((handle2 + 28 >> 2) * 4);
          var dataSize = LE_HEAP_LOAD_U32((handle2 + 32 >> 2) * 4);
          if (data && dataSize) {
            var libData = HEAP8.slice(data, data + dataSize);
            return flags2.loadAsync ? Promise.resolve(libData) : libData;
          }
        }
        var libFile = locateFile(libName2);
        if (flags2.loadAsync) {
          return asyncLoad(libFile);
        }
        if (!readBinary) {
          throw new Error(`${libFile}: file not found, and synchronous loading of external files is not available`);
        }
        return readBinary(libFile);
      }
      __name(loadLibData, "loadLibData");
      function getExports() {
        if (flags2.loadAsync) {
          return loadLibData().then((libData) => loadWebAssemblyModule(libData, flags2, libName2, localScope2, handle2));
        }
        return loadWebAssemblyModule(loadLibData(), flags2, libName2, localScope2, handle2);
      }
      __name(getExports, "getExports");
      function moduleLoaded(exports) {
        if (dso.global) {
          mergeLibSymbols(exports, libName2);
        } else if (localScope2) {
          Object.assign(localScope2, exports);
        }
        dso.exports = exports;
      }
      __name(moduleLoaded, "moduleLoaded");
      if (flags2.loadAsync) {
        return getExports().then((exports) => {
          moduleLoaded(exports);
          return true;
        });
      }
      moduleLoaded(getExports());
      return true;
    }
    __name(loadDynamicLibrary, "loadDynamicLibrary");
    var reportUndefinedSymbols = /* @__PURE__ */ __name(() => {
      for (var [symName, entry] of Object.entries(GOT)) {
        if (entry.value == 0) {
          var value = resolveGlobalSymbol(symName, true).sym;
          if (!value && !entry.required) {
            continue;
          }
          if (typeof value == "function") {
            entry.value = addFunction(value, value.sig);
          } else if (typeof value == "number") {
            entry.value = value;
          } else {
            throw new Error(`bad export type for '${symName}': ${typeof value}`);
          }
        }
      }
    }, "reportUndefinedSymbols");
    var loadDylibs = /* @__PURE__ */ __name(() => {
      if (!dynamicLibraries.length) {
        reportUndefinedSymbols();
        return;
      }
      addRunDependency("loadDylibs");
      dynamicLibraries.reduce((chain, lib) => chain.then(() => loadDynamicLibrary(lib, {
        loadAsync: true,
        global: true,
        nodelete: true,
        allowUndefined: true
      })), Promise.resolve()).then(() => {
        reportUndefinedSymbols();
        removeRunDependency("loadDylibs");
      });
    }, "loadDylibs");
    var noExitRuntime = Module["noExitRuntime"] || true;
    function setValue(ptr, value, type = "i8") {
      if (type.endsWith("*")) type = "*";
      switch (type) {
        case "i1":
          HEAP8[ptr] = value;
          break;
        case "i8":
          HEAP8[ptr] = value;
          break;
        case "i16":
          LE_HEAP_STORE_I16((ptr >> 1) * 2, value);
          break;
        case "i32":
          LE_HEAP_STORE_I32((ptr >> 2) * 4, value);
          break;
        case "i64":
          HEAP64[ptr >> 3] = BigInt(value);
          break;
        case "float":
          LE_HEAP_STORE_F32((ptr >> 2) * 4, value);
          break;
        case "double":
          LE_HEAP_STORE_F64((ptr >> 3) * 8, value);
          break;
        case "*":
          LE_HEAP_STORE_U32((ptr >> 2) * 4, value);
          break;
        default:
          abort(`invalid type for setValue: ${type}`);
      }
    }
    __name(setValue, "setValue");
    var ___memory_base = new WebAssembly.Global({
      "value": "i32",
      "mutable": false
    }, 1024);
    var ___stack_pointer = new WebAssembly.Global({
      "value": "i32",
      "mutable": true
    }, 78224);
    var ___table_base = new WebAssembly.Global({
      "value": "i32",
      "mutable": false
    }, 1);
    var __abort_js = /* @__PURE__ */ __name(() => abort(""), "__abort_js");
    __abort_js.sig = "v";
    var _emscripten_get_now = /* @__PURE__ */ __name(() => performance.now(), "_emscripten_get_now");
    _emscripten_get_now.sig = "d";
    var _emscripten_date_now = /* @__PURE__ */ __name(() => Date.now(), "_emscripten_date_now");
    _emscripten_date_now.sig = "d";
    var nowIsMonotonic = 1;
    var checkWasiClock = /* @__PURE__ */ __name((clock_id) => clock_id >= 0 && clock_id <= 3, "checkWasiClock");
    var INT53_MAX = 9007199254740992;
    var INT53_MIN = -9007199254740992;
    var bigintToI53Checked = /* @__PURE__ */ __name((num) => num < INT53_MIN || num > INT53_MAX ? NaN : Number(num), "bigintToI53Checked");
    function _clock_time_get(clk_id, ignored_precision, ptime) {
      ignored_precision = bigintToI53Checked(ignored_precision);
      if (!checkWasiClock(clk_id)) {
        return 28;
      }
      var now;
      if (clk_id === 0) {
        now = _emscripten_date_now();
      } else if (nowIsMonotonic) {
        now = _emscripten_get_now();
      } else {
        return 52;
      }
      var nsec = Math.round(now * 1e3 * 1e3);
      HEAP64[ptime >> 3] = BigInt(nsec);
      return 0;
    }
    __name(_clock_time_get, "_clock_time_get");
    _clock_time_get.sig = "iijp";
    var getHeapMax = /* @__PURE__ */ __name(() => (
      // Stay one Wasm page short of 4GB: while e.g. Chrome is able to allocate
      // full 4GB Wasm memories, the size will wrap back to 0 bytes in Wasm side
      // for any code that deals with heap sizes, which would require special
      // casing all heap size related code to treat 0 specially.
      2147483648
    ), "getHeapMax");
    var growMemory = /* @__PURE__ */ __name((size) => {
      var b = wasmMemory.buffer;
      var pages = (size - b.byteLength + 65535) / 65536 | 0;
      try {
        wasmMemory.grow(pages);
        updateMemoryViews();
        return 1;
      } catch (e) {
      }
    }, "growMemory");
    var _emscripten_resize_heap = /* @__PURE__ */ __name((requestedSize) => {
      var oldSize = HEAPU8.length;
      requestedSize >>>= 0;
      var maxHeapSize = getHeapMax();
      if (requestedSize > maxHeapSize) {
        return false;
      }
      for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
        var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
        overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
        var newSize = Math.min(maxHeapSize, alignMemory(Math.max(requestedSize, overGrownHeapSize), 65536));
        var replacement = growMemory(newSize);
        if (replacement) {
          return true;
        }
      }
      return false;
    }, "_emscripten_resize_heap");
    _emscripten_resize_heap.sig = "ip";
    var _fd_close = /* @__PURE__ */ __name((fd) => 52, "_fd_close");
    _fd_close.sig = "ii";
    function _fd_seek(fd, offset, whence, newOffset) {
      offset = bigintToI53Checked(offset);
      return 70;
    }
    __name(_fd_seek, "_fd_seek");
    _fd_seek.sig = "iijip";
    var printCharBuffers = [null, [], []];
    var printChar = /* @__PURE__ */ __name((stream, curr) => {
      var buffer = printCharBuffers[stream];
      if (curr === 0 || curr === 10) {
        (stream === 1 ? out : err)(UTF8ArrayToString(buffer));
        buffer.length = 0;
      } else {
        buffer.push(curr);
      }
    }, "printChar");
    var flush_NO_FILESYSTEM = /* @__PURE__ */ __name(() => {
      if (printCharBuffers[1].length) printChar(1, 10);
      if (printCharBuffers[2].length) printChar(2, 10);
    }, "flush_NO_FILESYSTEM");
    var SYSCALLS = {
      varargs: void 0,
      getStr(ptr) {
        var ret = UTF8ToString(ptr);
        return ret;
      }
    };
    var _fd_write = /* @__PURE__ */ __name((fd, iov, iovcnt, pnum) => {
      var num = 0;
      for (var i2 = 0; i2 < iovcnt; i2++) {
        var ptr = LE_HEAP_LOAD_U32((iov >> 2) * 4);
        var len = LE_HEAP_LOAD_U32((iov + 4 >> 2) * 4);
        iov += 8;
        for (var j = 0; j < len; j++) {
          printChar(fd, HEAPU8[ptr + j]);
        }
        num += len;
      }
      LE_HEAP_STORE_U32((pnum >> 2) * 4, num);
      return 0;
    }, "_fd_write");
    _fd_write.sig = "iippp";
    function _tree_sitter_log_callback(isLexMessage, messageAddress) {
      if (Module.currentLogCallback) {
        const message = UTF8ToString(messageAddress);
        Module.currentLogCallback(message, isLexMessage !== 0);
      }
    }
    __name(_tree_sitter_log_callback, "_tree_sitter_log_callback");
    function _tree_sitter_parse_callback(inputBufferAddress, index, row, column, lengthAddress) {
      const INPUT_BUFFER_SIZE = 10 * 1024;
      const string = Module.currentParseCallback(index, {
        row,
        column
      });
      if (typeof string === "string") {
        setValue(lengthAddress, string.length, "i32");
        stringToUTF16(string, inputBufferAddress, INPUT_BUFFER_SIZE);
      } else {
        setValue(lengthAddress, 0, "i32");
      }
    }
    __name(_tree_sitter_parse_callback, "_tree_sitter_parse_callback");
    function _tree_sitter_progress_callback(currentOffset, hasError) {
      if (Module.currentProgressCallback) {
        return Module.currentProgressCallback({
          currentOffset,
          hasError
        });
      }
      return false;
    }
    __name(_tree_sitter_progress_callback, "_tree_sitter_progress_callback");
    function _tree_sitter_query_progress_callback(currentOffset) {
      if (Module.currentQueryProgressCallback) {
        return Module.currentQueryProgressCallback({
          currentOffset
        });
      }
      return false;
    }
    __name(_tree_sitter_query_progress_callback, "_tree_sitter_query_progress_callback");
    var runtimeKeepaliveCounter = 0;
    var keepRuntimeAlive = /* @__PURE__ */ __name(() => noExitRuntime || runtimeKeepaliveCounter > 0, "keepRuntimeAlive");
    var _proc_exit = /* @__PURE__ */ __name((code) => {
      EXITSTATUS = code;
      if (!keepRuntimeAlive()) {
        Module["onExit"]?.(code);
        ABORT = true;
      }
      quit_(code, new ExitStatus(code));
    }, "_proc_exit");
    _proc_exit.sig = "vi";
    var exitJS = /* @__PURE__ */ __name((status, implicit) => {
      EXITSTATUS = status;
      _proc_exit(status);
    }, "exitJS");
    var handleException = /* @__PURE__ */ __name((e) => {
      if (e instanceof ExitStatus || e == "unwind") {
        return EXITSTATUS;
      }
      quit_(1, e);
    }, "handleException");
    var lengthBytesUTF8 = /* @__PURE__ */ __name((str) => {
      var len = 0;
      for (var i2 = 0; i2 < str.length; ++i2) {
        var c = str.charCodeAt(i2);
        if (c <= 127) {
          len++;
        } else if (c <= 2047) {
          len += 2;
        } else if (c >= 55296 && c <= 57343) {
          len += 4;
          ++i2;
        } else {
          len += 3;
        }
      }
      return len;
    }, "lengthBytesUTF8");
    var stringToUTF8Array = /* @__PURE__ */ __name((str, heap, outIdx, maxBytesToWrite) => {
      if (!(maxBytesToWrite > 0)) return 0;
      var startIdx = outIdx;
      var endIdx = outIdx + maxBytesToWrite - 1;
      for (var i2 = 0; i2 < str.length; ++i2) {
        var u = str.charCodeAt(i2);
        if (u >= 55296 && u <= 57343) {
          var u1 = str.charCodeAt(++i2);
          u = 65536 + ((u & 1023) << 10) | u1 & 1023;
        }
        if (u <= 127) {
          if (outIdx >= endIdx) break;
          heap[outIdx++] = u;
        } else if (u <= 2047) {
          if (outIdx + 1 >= endIdx) break;
          heap[outIdx++] = 192 | u >> 6;
          heap[outIdx++] = 128 | u & 63;
        } else if (u <= 65535) {
          if (outIdx + 2 >= endIdx) break;
          heap[outIdx++] = 224 | u >> 12;
          heap[outIdx++] = 128 | u >> 6 & 63;
          heap[outIdx++] = 128 | u & 63;
        } else {
          if (outIdx + 3 >= endIdx) break;
          heap[outIdx++] = 240 | u >> 18;
          heap[outIdx++] = 128 | u >> 12 & 63;
          heap[outIdx++] = 128 | u >> 6 & 63;
          heap[outIdx++] = 128 | u & 63;
        }
      }
      heap[outIdx] = 0;
      return outIdx - startIdx;
    }, "stringToUTF8Array");
    var stringToUTF8 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => stringToUTF8Array(str, HEAPU8, outPtr, maxBytesToWrite), "stringToUTF8");
    var stackAlloc = /* @__PURE__ */ __name((sz) => __emscripten_stack_alloc(sz), "stackAlloc");
    var stringToUTF8OnStack = /* @__PURE__ */ __name((str) => {
      var size = lengthBytesUTF8(str) + 1;
      var ret = stackAlloc(size);
      stringToUTF8(str, ret, size);
      return ret;
    }, "stringToUTF8OnStack");
    var AsciiToString = /* @__PURE__ */ __name((ptr) => {
      var str = "";
      while (1) {
        var ch = HEAPU8[ptr++];
        if (!ch) return str;
        str += String.fromCharCode(ch);
      }
    }, "AsciiToString");
    var stringToUTF16 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => {
      maxBytesToWrite ??= 2147483647;
      if (maxBytesToWrite < 2) return 0;
      maxBytesToWrite -= 2;
      var startPtr = outPtr;
      var numCharsToWrite = maxBytesToWrite < str.length * 2 ? maxBytesToWrite / 2 : str.length;
      for (var i2 = 0; i2 < numCharsToWrite; ++i2) {
        var codeUnit = str.charCodeAt(i2);
        LE_HEAP_STORE_I16((outPtr >> 1) * 2, codeUnit);
        outPtr += 2;
      }
      LE_HEAP_STORE_I16((outPtr >> 1) * 2, 0);
      return outPtr - startPtr;
    }, "stringToUTF16");
    var wasmImports = {
      /** @export */
      __heap_base: ___heap_base,
      /** @export */
      __indirect_function_table: wasmTable,
      /** @export */
      __memory_base: ___memory_base,
      /** @export */
      __stack_pointer: ___stack_pointer,
      /** @export */
      __table_base: ___table_base,
      /** @export */
      _abort_js: __abort_js,
      /** @export */
      clock_time_get: _clock_time_get,
      /** @export */
      emscripten_resize_heap: _emscripten_resize_heap,
      /** @export */
      fd_close: _fd_close,
      /** @export */
      fd_seek: _fd_seek,
      /** @export */
      fd_write: _fd_write,
      /** @export */
      memory: wasmMemory,
      /** @export */
      tree_sitter_log_callback: _tree_sitter_log_callback,
      /** @export */
      tree_sitter_parse_callback: _tree_sitter_parse_callback,
      /** @export */
      tree_sitter_progress_callback: _tree_sitter_progress_callback,
      /** @export */
      tree_sitter_query_progress_callback: _tree_sitter_query_progress_callback
    };
    var wasmExports = await createWasm();
    var ___wasm_call_ctors = wasmExports["__wasm_call_ctors"];
    var _malloc = Module["_malloc"] = wasmExports["malloc"];
    var _calloc = Module["_calloc"] = wasmExports["calloc"];
    var _realloc = Module["_realloc"] = wasmExports["realloc"];
    var _free = Module["_free"] = wasmExports["free"];
    var _memcmp = Module["_memcmp"] = wasmExports["memcmp"];
    var _ts_language_symbol_count = Module["_ts_language_symbol_count"] = wasmExports["ts_language_symbol_count"];
    var _ts_language_state_count = Module["_ts_language_state_count"] = wasmExports["ts_language_state_count"];
    var _ts_language_version = Module["_ts_language_version"] = wasmExports["ts_language_version"];
    var _ts_language_abi_version = Module["_ts_language_abi_version"] = wasmExports["ts_language_abi_version"];
    var _ts_language_metadata = Module["_ts_language_metadata"] = wasmExports["ts_language_metadata"];
    var _ts_language_name = Module["_ts_language_name"] = wasmExports["ts_language_name"];
    var _ts_language_field_count = Module["_ts_language_field_count"] = wasmExports["ts_language_field_count"];
    var _ts_language_next_state = Module["_ts_language_next_state"] = wasmExports["ts_language_next_state"];
    var _ts_language_symbol_name = Module["_ts_language_symbol_name"] = wasmExports["ts_language_symbol_name"];
    var _ts_language_symbol_for_name = Module["_ts_language_symbol_for_name"] = wasmExports["ts_language_symbol_for_name"];
    var _strncmp = Module["_strncmp"] = wasmExports["strncmp"];
    var _ts_language_symbol_type = Module["_ts_language_symbol_type"] = wasmExports["ts_language_symbol_type"];
    var _ts_language_field_name_for_id = Module["_ts_language_field_name_for_id"] = wasmExports["ts_language_field_name_for_id"];
    var _ts_lookahead_iterator_new = Module["_ts_lookahead_iterator_new"] = wasmExports["ts_lookahead_iterator_new"];
    var _ts_lookahead_iterator_delete = Module["_ts_lookahead_iterator_delete"] = wasmExports["ts_lookahead_iterator_delete"];
    var _ts_lookahead_iterator_reset_state = Module["_ts_lookahead_iterator_reset_state"] = wasmExports["ts_lookahead_iterator_reset_state"];
    var _ts_lookahead_iterator_reset = Module["_ts_lookahead_iterator_reset"] = wasmExports["ts_lookahead_iterator_reset"];
    var _ts_lookahead_iterator_next = Module["_ts_lookahead_iterator_next"] = wasmExports["ts_lookahead_iterator_next"];
    var _ts_lookahead_iterator_current_symbol = Module["_ts_lookahead_iterator_current_symbol"] = wasmExports["ts_lookahead_iterator_current_symbol"];
    var _ts_parser_delete = Module["_ts_parser_delete"] = wasmExports["ts_parser_delete"];
    var _ts_parser_reset = Module["_ts_parser_reset"] = wasmExports["ts_parser_reset"];
    var _ts_parser_set_language = Module["_ts_parser_set_language"] = wasmExports["ts_parser_set_language"];
    var _ts_parser_timeout_micros = Module["_ts_parser_timeout_micros"] = wasmExports["ts_parser_timeout_micros"];
    var _ts_parser_set_timeout_micros = Module["_ts_parser_set_timeout_micros"] = wasmExports["ts_parser_set_timeout_micros"];
    var _ts_parser_set_included_ranges = Module["_ts_parser_set_included_ranges"] = wasmExports["ts_parser_set_included_ranges"];
    var _ts_query_new = Module["_ts_query_new"] = wasmExports["ts_query_new"];
    var _ts_query_delete = Module["_ts_query_delete"] = wasmExports["ts_query_delete"];
    var _iswspace = Module["_iswspace"] = wasmExports["iswspace"];
    var _iswalnum = Module["_iswalnum"] = wasmExports["iswalnum"];
    var _ts_query_pattern_count = Module["_ts_query_pattern_count"] = wasmExports["ts_query_pattern_count"];
    var _ts_query_capture_count = Module["_ts_query_capture_count"] = wasmExports["ts_query_capture_count"];
    var _ts_query_string_count = Module["_ts_query_string_count"] = wasmExports["ts_query_string_count"];
    var _ts_query_capture_name_for_id = Module["_ts_query_capture_name_for_id"] = wasmExports["ts_query_capture_name_for_id"];
    var _ts_query_capture_quantifier_for_id = Module["_ts_query_capture_quantifier_for_id"] = wasmExports["ts_query_capture_quantifier_for_id"];
    var _ts_query_string_value_for_id = Module["_ts_query_string_value_for_id"] = wasmExports["ts_query_string_value_for_id"];
    var _ts_query_predicates_for_pattern = Module["_ts_query_predicates_for_pattern"] = wasmExports["ts_query_predicates_for_pattern"];
    var _ts_query_start_byte_for_pattern = Module["_ts_query_start_byte_for_pattern"] = wasmExports["ts_query_start_byte_for_pattern"];
    var _ts_query_end_byte_for_pattern = Module["_ts_query_end_byte_for_pattern"] = wasmExports["ts_query_end_byte_for_pattern"];
    var _ts_query_is_pattern_rooted = Module["_ts_query_is_pattern_rooted"] = wasmExports["ts_query_is_pattern_rooted"];
    var _ts_query_is_pattern_non_local = Module["_ts_query_is_pattern_non_local"] = wasmExports["ts_query_is_pattern_non_local"];
    var _ts_query_is_pattern_guaranteed_at_step = Module["_ts_query_is_pattern_guaranteed_at_step"] = wasmExports["ts_query_is_pattern_guaranteed_at_step"];
    var _ts_query_disable_capture = Module["_ts_query_disable_capture"] = wasmExports["ts_query_disable_capture"];
    var _ts_query_disable_pattern = Module["_ts_query_disable_pattern"] = wasmExports["ts_query_disable_pattern"];
    var _ts_tree_copy = Module["_ts_tree_copy"] = wasmExports["ts_tree_copy"];
    var _ts_tree_delete = Module["_ts_tree_delete"] = wasmExports["ts_tree_delete"];
    var _ts_init = Module["_ts_init"] = wasmExports["ts_init"];
    var _ts_parser_new_wasm = Module["_ts_parser_new_wasm"] = wasmExports["ts_parser_new_wasm"];
    var _ts_parser_enable_logger_wasm = Module["_ts_parser_enable_logger_wasm"] = wasmExports["ts_parser_enable_logger_wasm"];
    var _ts_parser_parse_wasm = Module["_ts_parser_parse_wasm"] = wasmExports["ts_parser_parse_wasm"];
    var _ts_parser_included_ranges_wasm = Module["_ts_parser_included_ranges_wasm"] = wasmExports["ts_parser_included_ranges_wasm"];
    var _ts_language_type_is_named_wasm = Module["_ts_language_type_is_named_wasm"] = wasmExports["ts_language_type_is_named_wasm"];
    var _ts_language_type_is_visible_wasm = Module["_ts_language_type_is_visible_wasm"] = wasmExports["ts_language_type_is_visible_wasm"];
    var _ts_language_supertypes_wasm = Module["_ts_language_supertypes_wasm"] = wasmExports["ts_language_supertypes_wasm"];
    var _ts_language_subtypes_wasm = Module["_ts_language_subtypes_wasm"] = wasmExports["ts_language_subtypes_wasm"];
    var _ts_tree_root_node_wasm = Module["_ts_tree_root_node_wasm"] = wasmExports["ts_tree_root_node_wasm"];
    var _ts_tree_root_node_with_offset_wasm = Module["_ts_tree_root_node_with_offset_wasm"] = wasmExports["ts_tree_root_node_with_offset_wasm"];
    var _ts_tree_edit_wasm = Module["_ts_tree_edit_wasm"] = wasmExports["ts_tree_edit_wasm"];
    var _ts_tree_included_ranges_wasm = Module["_ts_tree_included_ranges_wasm"] = wasmExports["ts_tree_included_ranges_wasm"];
    var _ts_tree_get_changed_ranges_wasm = Module["_ts_tree_get_changed_ranges_wasm"] = wasmExports["ts_tree_get_changed_ranges_wasm"];
    var _ts_tree_cursor_new_wasm = Module["_ts_tree_cursor_new_wasm"] = wasmExports["ts_tree_cursor_new_wasm"];
    var _ts_tree_cursor_copy_wasm = Module["_ts_tree_cursor_copy_wasm"] = wasmExports["ts_tree_cursor_copy_wasm"];
    var _ts_tree_cursor_delete_wasm = Module["_ts_tree_cursor_delete_wasm"] = wasmExports["ts_tree_cursor_delete_wasm"];
    var _ts_tree_cursor_reset_wasm = Module["_ts_tree_cursor_reset_wasm"] = wasmExports["ts_tree_cursor_reset_wasm"];
    var _ts_tree_cursor_reset_to_wasm = Module["_ts_tree_cursor_reset_to_wasm"] = wasmExports["ts_tree_cursor_reset_to_wasm"];
    var _ts_tree_cursor_goto_first_child_wasm = Module["_ts_tree_cursor_goto_first_child_wasm"] = wasmExports["ts_tree_cursor_goto_first_child_wasm"];
    var _ts_tree_cursor_goto_last_child_wasm = Module["_ts_tree_cursor_goto_last_child_wasm"] = wasmExports["ts_tree_cursor_goto_last_child_wasm"];
    var _ts_tree_cursor_goto_first_child_for_index_wasm = Module["_ts_tree_cursor_goto_first_child_for_index_wasm"] = wasmExports["ts_tree_cursor_goto_first_child_for_index_wasm"];
    var _ts_tree_cursor_goto_first_child_for_position_wasm = Module["_ts_tree_cursor_goto_first_child_for_position_wasm"] = wasmExports["ts_tree_cursor_goto_first_child_for_position_wasm"];
    var _ts_tree_cursor_goto_next_sibling_wasm = Module["_ts_tree_cursor_goto_next_sibling_wasm"] = wasmExports["ts_tree_cursor_goto_next_sibling_wasm"];
    var _ts_tree_cursor_goto_previous_sibling_wasm = Module["_ts_tree_cursor_goto_previous_sibling_wasm"] = wasmExports["ts_tree_cursor_goto_previous_sibling_wasm"];
    var _ts_tree_cursor_goto_descendant_wasm = Module["_ts_tree_cursor_goto_descendant_wasm"] = wasmExports["ts_tree_cursor_goto_descendant_wasm"];
    var _ts_tree_cursor_goto_parent_wasm = Module["_ts_tree_cursor_goto_parent_wasm"] = wasmExports["ts_tree_cursor_goto_parent_wasm"];
    var _ts_tree_cursor_current_node_type_id_wasm = Module["_ts_tree_cursor_current_node_type_id_wasm"] = wasmExports["ts_tree_cursor_current_node_type_id_wasm"];
    var _ts_tree_cursor_current_node_state_id_wasm = Module["_ts_tree_cursor_current_node_state_id_wasm"] = wasmExports["ts_tree_cursor_current_node_state_id_wasm"];
    var _ts_tree_cursor_current_node_is_named_wasm = Module["_ts_tree_cursor_current_node_is_named_wasm"] = wasmExports["ts_tree_cursor_current_node_is_named_wasm"];
    var _ts_tree_cursor_current_node_is_missing_wasm = Module["_ts_tree_cursor_current_node_is_missing_wasm"] = wasmExports["ts_tree_cursor_current_node_is_missing_wasm"];
    var _ts_tree_cursor_current_node_id_wasm = Module["_ts_tree_cursor_current_node_id_wasm"] = wasmExports["ts_tree_cursor_current_node_id_wasm"];
    var _ts_tree_cursor_start_position_wasm = Module["_ts_tree_cursor_start_position_wasm"] = wasmExports["ts_tree_cursor_start_position_wasm"];
    var _ts_tree_cursor_end_position_wasm = Module["_ts_tree_cursor_end_position_wasm"] = wasmExports["ts_tree_cursor_end_position_wasm"];
    var _ts_tree_cursor_start_index_wasm = Module["_ts_tree_cursor_start_index_wasm"] = wasmExports["ts_tree_cursor_start_index_wasm"];
    var _ts_tree_cursor_end_index_wasm = Module["_ts_tree_cursor_end_index_wasm"] = wasmExports["ts_tree_cursor_end_index_wasm"];
    var _ts_tree_cursor_current_field_id_wasm = Module["_ts_tree_cursor_current_field_id_wasm"] = wasmExports["ts_tree_cursor_current_field_id_wasm"];
    var _ts_tree_cursor_current_depth_wasm = Module["_ts_tree_cursor_current_depth_wasm"] = wasmExports["ts_tree_cursor_current_depth_wasm"];
    var _ts_tree_cursor_current_descendant_index_wasm = Module["_ts_tree_cursor_current_descendant_index_wasm"] = wasmExports["ts_tree_cursor_current_descendant_index_wasm"];
    var _ts_tree_cursor_current_node_wasm = Module["_ts_tree_cursor_current_node_wasm"] = wasmExports["ts_tree_cursor_current_node_wasm"];
    var _ts_node_symbol_wasm = Module["_ts_node_symbol_wasm"] = wasmExports["ts_node_symbol_wasm"];
    var _ts_node_field_name_for_child_wasm = Module["_ts_node_field_name_for_child_wasm"] = wasmExports["ts_node_field_name_for_child_wasm"];
    var _ts_node_field_name_for_named_child_wasm = Module["_ts_node_field_name_for_named_child_wasm"] = wasmExports["ts_node_field_name_for_named_child_wasm"];
    var _ts_node_children_by_field_id_wasm = Module["_ts_node_children_by_field_id_wasm"] = wasmExports["ts_node_children_by_field_id_wasm"];
    var _ts_node_first_child_for_byte_wasm = Module["_ts_node_first_child_for_byte_wasm"] = wasmExports["ts_node_first_child_for_byte_wasm"];
    var _ts_node_first_named_child_for_byte_wasm = Module["_ts_node_first_named_child_for_byte_wasm"] = wasmExports["ts_node_first_named_child_for_byte_wasm"];
    var _ts_node_grammar_symbol_wasm = Module["_ts_node_grammar_symbol_wasm"] = wasmExports["ts_node_grammar_symbol_wasm"];
    var _ts_node_child_count_wasm = Module["_ts_node_child_count_wasm"] = wasmExports["ts_node_child_count_wasm"];
    var _ts_node_named_child_count_wasm = Module["_ts_node_named_child_count_wasm"] = wasmExports["ts_node_named_child_count_wasm"];
    var _ts_node_child_wasm = Module["_ts_node_child_wasm"] = wasmExports["ts_node_child_wasm"];
    var _ts_node_named_child_wasm = Module["_ts_node_named_child_wasm"] = wasmExports["ts_node_named_child_wasm"];
    var _ts_node_child_by_field_id_wasm = Module["_ts_node_child_by_field_id_wasm"] = wasmExports["ts_node_child_by_field_id_wasm"];
    var _ts_node_next_sibling_wasm = Module["_ts_node_next_sibling_wasm"] = wasmExports["ts_node_next_sibling_wasm"];
    var _ts_node_prev_sibling_wasm = Module["_ts_node_prev_sibling_wasm"] = wasmExports["ts_node_prev_sibling_wasm"];
    var _ts_node_next_named_sibling_wasm = Module["_ts_node_next_named_sibling_wasm"] = wasmExports["ts_node_next_named_sibling_wasm"];
    var _ts_node_prev_named_sibling_wasm = Module["_ts_node_prev_named_sibling_wasm"] = wasmExports["ts_node_prev_named_sibling_wasm"];
    var _ts_node_descendant_count_wasm = Module["_ts_node_descendant_count_wasm"] = wasmExports["ts_node_descendant_count_wasm"];
    var _ts_node_parent_wasm = Module["_ts_node_parent_wasm"] = wasmExports["ts_node_parent_wasm"];
    var _ts_node_child_with_descendant_wasm = Module["_ts_node_child_with_descendant_wasm"] = wasmExports["ts_node_child_with_descendant_wasm"];
    var _ts_node_descendant_for_index_wasm = Module["_ts_node_descendant_for_index_wasm"] = wasmExports["ts_node_descendant_for_index_wasm"];
    var _ts_node_named_descendant_for_index_wasm = Module["_ts_node_named_descendant_for_index_wasm"] = wasmExports["ts_node_named_descendant_for_index_wasm"];
    var _ts_node_descendant_for_position_wasm = Module["_ts_node_descendant_for_position_wasm"] = wasmExports["ts_node_descendant_for_position_wasm"];
    var _ts_node_named_descendant_for_position_wasm = Module["_ts_node_named_descendant_for_position_wasm"] = wasmExports["ts_node_named_descendant_for_position_wasm"];
    var _ts_node_start_point_wasm = Module["_ts_node_start_point_wasm"] = wasmExports["ts_node_start_point_wasm"];
    var _ts_node_end_point_wasm = Module["_ts_node_end_point_wasm"] = wasmExports["ts_node_end_point_wasm"];
    var _ts_node_start_index_wasm = Module["_ts_node_start_index_wasm"] = wasmExports["ts_node_start_index_wasm"];
    var _ts_node_end_index_wasm = Module["_ts_node_end_index_wasm"] = wasmExports["ts_node_end_index_wasm"];
    var _ts_node_to_string_wasm = Module["_ts_node_to_string_wasm"] = wasmExports["ts_node_to_string_wasm"];
    var _ts_node_children_wasm = Module["_ts_node_children_wasm"] = wasmExports["ts_node_children_wasm"];
    var _ts_node_named_children_wasm = Module["_ts_node_named_children_wasm"] = wasmExports["ts_node_named_children_wasm"];
    var _ts_node_descendants_of_type_wasm = Module["_ts_node_descendants_of_type_wasm"] = wasmExports["ts_node_descendants_of_type_wasm"];
    var _ts_node_is_named_wasm = Module["_ts_node_is_named_wasm"] = wasmExports["ts_node_is_named_wasm"];
    var _ts_node_has_changes_wasm = Module["_ts_node_has_changes_wasm"] = wasmExports["ts_node_has_changes_wasm"];
    var _ts_node_has_error_wasm = Module["_ts_node_has_error_wasm"] = wasmExports["ts_node_has_error_wasm"];
    var _ts_node_is_error_wasm = Module["_ts_node_is_error_wasm"] = wasmExports["ts_node_is_error_wasm"];
    var _ts_node_is_missing_wasm = Module["_ts_node_is_missing_wasm"] = wasmExports["ts_node_is_missing_wasm"];
    var _ts_node_is_extra_wasm = Module["_ts_node_is_extra_wasm"] = wasmExports["ts_node_is_extra_wasm"];
    var _ts_node_parse_state_wasm = Module["_ts_node_parse_state_wasm"] = wasmExports["ts_node_parse_state_wasm"];
    var _ts_node_next_parse_state_wasm = Module["_ts_node_next_parse_state_wasm"] = wasmExports["ts_node_next_parse_state_wasm"];
    var _ts_query_matches_wasm = Module["_ts_query_matches_wasm"] = wasmExports["ts_query_matches_wasm"];
    var _ts_query_captures_wasm = Module["_ts_query_captures_wasm"] = wasmExports["ts_query_captures_wasm"];
    var _memset = Module["_memset"] = wasmExports["memset"];
    var _memcpy = Module["_memcpy"] = wasmExports["memcpy"];
    var _memmove = Module["_memmove"] = wasmExports["memmove"];
    var _iswalpha = Module["_iswalpha"] = wasmExports["iswalpha"];
    var _iswblank = Module["_iswblank"] = wasmExports["iswblank"];
    var _iswdigit = Module["_iswdigit"] = wasmExports["iswdigit"];
    var _iswlower = Module["_iswlower"] = wasmExports["iswlower"];
    var _iswupper = Module["_iswupper"] = wasmExports["iswupper"];
    var _iswxdigit = Module["_iswxdigit"] = wasmExports["iswxdigit"];
    var _memchr = Module["_memchr"] = wasmExports["memchr"];
    var _strlen = Module["_strlen"] = wasmExports["strlen"];
    var _strcmp = Module["_strcmp"] = wasmExports["strcmp"];
    var _strncat = Module["_strncat"] = wasmExports["strncat"];
    var _strncpy = Module["_strncpy"] = wasmExports["strncpy"];
    var _towlower = Module["_towlower"] = wasmExports["towlower"];
    var _towupper = Module["_towupper"] = wasmExports["towupper"];
    var _setThrew = wasmExports["setThrew"];
    var __emscripten_stack_restore = wasmExports["_emscripten_stack_restore"];
    var __emscripten_stack_alloc = wasmExports["_emscripten_stack_alloc"];
    var _emscripten_stack_get_current = wasmExports["emscripten_stack_get_current"];
    var ___wasm_apply_data_relocs = wasmExports["__wasm_apply_data_relocs"];
    Module["setValue"] = setValue;
    Module["getValue"] = getValue;
    Module["UTF8ToString"] = UTF8ToString;
    Module["stringToUTF8"] = stringToUTF8;
    Module["lengthBytesUTF8"] = lengthBytesUTF8;
    Module["AsciiToString"] = AsciiToString;
    Module["stringToUTF16"] = stringToUTF16;
    Module["loadWebAssemblyModule"] = loadWebAssemblyModule;
    function callMain(args2 = []) {
      var entryFunction = resolveGlobalSymbol("main").sym;
      if (!entryFunction) return;
      args2.unshift(thisProgram);
      var argc = args2.length;
      var argv = stackAlloc((argc + 1) * 4);
      var argv_ptr = argv;
      args2.forEach((arg) => {
        LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, stringToUTF8OnStack(arg));
        argv_ptr += 4;
      });
      LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, 0);
      try {
        var ret = entryFunction(argc, argv);
        exitJS(
          ret,
          /* implicit = */
          true
        );
        return ret;
      } catch (e) {
        return handleException(e);
      }
    }
    __name(callMain, "callMain");
    function run(args2 = arguments_) {
      if (runDependencies > 0) {
        dependenciesFulfilled = run;
        return;
      }
      preRun();
      if (runDependencies > 0) {
        dependenciesFulfilled = run;
        return;
      }
      function doRun() {
        Module["calledRun"] = true;
        if (ABORT) return;
        initRuntime();
        preMain();
        readyPromiseResolve(Module);
        Module["onRuntimeInitialized"]?.();
        var noInitialRun = Module["noInitialRun"];
        if (!noInitialRun) callMain(args2);
        postRun();
      }
      __name(doRun, "doRun");
      if (Module["setStatus"]) {
        Module["setStatus"]("Running...");
        setTimeout(() => {
          setTimeout(() => Module["setStatus"](""), 1);
          doRun();
        }, 1);
      } else {
        doRun();
      }
    }
    __name(run, "run");
    if (Module["preInit"]) {
      if (typeof Module["preInit"] == "function") Module["preInit"] = [Module["preInit"]];
      while (Module["preInit"].length > 0) {
        Module["preInit"].pop()();
      }
    }
    run();
    moduleRtn = readyPromise;
    return moduleRtn;
  };
})();
var tree_sitter_default = Module2;
var Module3 = null;
async function initializeBinding(moduleOptions) {
  if (!Module3) {
    Module3 = await tree_sitter_default(moduleOptions);
  }
  return Module3;
}
__name(initializeBinding, "initializeBinding");
function checkModule() {
  return !!Module3;
}
__name(checkModule, "checkModule");
var TRANSFER_BUFFER;
var LANGUAGE_VERSION;
var MIN_COMPATIBLE_VERSION;
var Parser = class {
  static {
    __name(this, "Parser");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for WASM
  /** @internal */
  [1] = 0;
  // Internal handle for WASM
  /** @internal */
  logCallback = null;
  /** The parser's current language. */
  language = null;
  /**
   * This must always be called before creating a Parser.
   *
   * You can optionally pass in options to configure the WASM module, the most common
   * one being `locateFile` to help the module find the `.wasm` file.
   */
  static async init(moduleOptions) {
    setModule(await initializeBinding(moduleOptions));
    TRANSFER_BUFFER = C._ts_init();
    LANGUAGE_VERSION = C.getValue(TRANSFER_BUFFER, "i32");
    MIN_COMPATIBLE_VERSION = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /**
   * Create a new parser.
   */
  constructor() {
    this.initialize();
  }
  /** @internal */
  initialize() {
    if (!checkModule()) {
      throw new Error("cannot construct a Parser before calling `init()`");
    }
    C._ts_parser_new_wasm();
    this[0] = C.getValue(TRANSFER_BUFFER, "i32");
    this[1] = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /** Delete the parser, freeing its resources. */
  delete() {
    C._ts_parser_delete(this[0]);
    C._free(this[1]);
    this[0] = 0;
    this[1] = 0;
  }
  /**
   * Set the language that the parser should use for parsing.
   *
   * If the language was not successfully assigned, an error will be thrown.
   * This happens if the language was generated with an incompatible
   * version of the Tree-sitter CLI. Check the language's version using
   * {@link Language#version} and compare it to this library's
   * {@link LANGUAGE_VERSION} and {@link MIN_COMPATIBLE_VERSION} constants.
   */
  setLanguage(language) {
    let address;
    if (!language) {
      address = 0;
      this.language = null;
    } else if (language.constructor === Language) {
      address = language[0];
      const version = C._ts_language_version(address);
      if (version < MIN_COMPATIBLE_VERSION || LANGUAGE_VERSION < version) {
        throw new Error(
          `Incompatible language version ${version}. Compatibility range ${MIN_COMPATIBLE_VERSION} through ${LANGUAGE_VERSION}.`
        );
      }
      this.language = language;
    } else {
      throw new Error("Argument must be a Language");
    }
    C._ts_parser_set_language(this[0], address);
    return this;
  }
  /**
   * Parse a slice of UTF8 text.
   *
   * @param {string | ParseCallback} callback - The UTF8-encoded text to parse or a callback function.
   *
   * @param {Tree | null} [oldTree] - A previous syntax tree parsed from the same document. If the text of the
   *   document has changed since `oldTree` was created, then you must edit `oldTree` to match
   *   the new text using {@link Tree#edit}.
   *
   * @param {ParseOptions} [options] - Options for parsing the text.
   *  This can be used to set the included ranges, or a progress callback.
   *
   * @returns {Tree | null} A {@link Tree} if parsing succeeded, or `null` if:
   *  - The parser has not yet had a language assigned with {@link Parser#setLanguage}.
   *  - The progress callback returned true.
   */
  parse(callback, oldTree, options) {
    if (typeof callback === "string") {
      C.currentParseCallback = (index) => callback.slice(index);
    } else if (typeof callback === "function") {
      C.currentParseCallback = callback;
    } else {
      throw new Error("Argument must be a string or a function");
    }
    if (options?.progressCallback) {
      C.currentProgressCallback = options.progressCallback;
    } else {
      C.currentProgressCallback = null;
    }
    if (this.logCallback) {
      C.currentLogCallback = this.logCallback;
      C._ts_parser_enable_logger_wasm(this[0], 1);
    } else {
      C.currentLogCallback = null;
      C._ts_parser_enable_logger_wasm(this[0], 0);
    }
    let rangeCount = 0;
    let rangeAddress = 0;
    if (options?.includedRanges) {
      rangeCount = options.includedRanges.length;
      rangeAddress = C._calloc(rangeCount, SIZE_OF_RANGE);
      let address = rangeAddress;
      for (let i2 = 0; i2 < rangeCount; i2++) {
        marshalRange(address, options.includedRanges[i2]);
        address += SIZE_OF_RANGE;
      }
    }
    const treeAddress = C._ts_parser_parse_wasm(
      this[0],
      this[1],
      oldTree ? oldTree[0] : 0,
      rangeAddress,
      rangeCount
    );
    if (!treeAddress) {
      C.currentParseCallback = null;
      C.currentLogCallback = null;
      C.currentProgressCallback = null;
      return null;
    }
    if (!this.language) {
      throw new Error("Parser must have a language to parse");
    }
    const result = new Tree(INTERNAL, treeAddress, this.language, C.currentParseCallback);
    C.currentParseCallback = null;
    C.currentLogCallback = null;
    C.currentProgressCallback = null;
    return result;
  }
  /**
   * Instruct the parser to start the next parse from the beginning.
   *
   * If the parser previously failed because of a timeout, cancellation,
   * or callback, then by default, it will resume where it left off on the
   * next call to {@link Parser#parse} or other parsing functions.
   * If you don't want to resume, and instead intend to use this parser to
   * parse some other document, you must call `reset` first.
   */
  reset() {
    C._ts_parser_reset(this[0]);
  }
  /** Get the ranges of text that the parser will include when parsing. */
  getIncludedRanges() {
    C._ts_parser_included_ranges_wasm(this[0]);
    const count2 = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count2);
    if (count2 > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count2; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
  /**
   * @deprecated since version 0.25.0, prefer passing a progress callback to {@link Parser#parse}
   *
   * Get the duration in microseconds that parsing is allowed to take.
   *
   * This is set via {@link Parser#setTimeoutMicros}.
   */
  getTimeoutMicros() {
    return C._ts_parser_timeout_micros(this[0]);
  }
  /**
   * @deprecated since version 0.25.0, prefer passing a progress callback to {@link Parser#parse}
   *
   * Set the maximum duration in microseconds that parsing should be allowed
   * to take before halting.
   *
   * If parsing takes longer than this, it will halt early, returning `null`.
   * See {@link Parser#parse} for more information.
   */
  setTimeoutMicros(timeout) {
    C._ts_parser_set_timeout_micros(this[0], 0, timeout);
  }
  /** Set the logging callback that a parser should use during parsing. */
  setLogger(callback) {
    if (!callback) {
      this.logCallback = null;
    } else if (typeof callback !== "function") {
      throw new Error("Logger callback must be a function");
    } else {
      this.logCallback = callback;
    }
    return this;
  }
  /** Get the parser's current logger. */
  getLogger() {
    return this.logCallback;
  }
};

// src/patterns/parser.ts
var loading;
function locate(file, packageName) {
  const here = dirname(fileURLToPath(import.meta.url));
  const beside = join(here, file);
  if (existsSync(beside)) return beside;
  for (let dir = here; ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", packageName, file);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error(`cannot find ${file} (package ${packageName})`);
  }
}
function loadPython() {
  loading ??= (async () => {
    await Parser.init({ locateFile: (name2) => locate(name2, "web-tree-sitter") });
    return Language.load(locate("tree-sitter-python.wasm", "tree-sitter-python"));
  })();
  return loading;
}
async function createPythonParser() {
  const language = await loadPython();
  const parser2 = new Parser();
  parser2.setLanguage(language);
  return parser2;
}

// src/patterns/project-facts.ts
var TEST_FILE = /(^|\/)(tests?\/|test_[^/]*\.py$|[^/]*_test\.py$|conftest\.py$|tests\.py$)/;
function isTestPath(path2) {
  return TEST_FILE.test(path2);
}

// src/escape.ts
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/patterns/python/python-file.ts
var FUNCTION_TYPES = /* @__PURE__ */ new Set(["function_definition", "lambda"]);
var SCOPE_TYPES = /* @__PURE__ */ new Set(["function_definition", "class_definition", "module"]);
var LOOP_TYPES = /* @__PURE__ */ new Set([
  "for_statement",
  "while_statement",
  "list_comprehension",
  "set_comprehension",
  "dictionary_comprehension",
  "generator_expression"
]);
var PythonFile = class {
  constructor(path2, text, tree) {
    this.path = path2;
    this.text = text;
    this.tree = tree;
    this.isTest = isTestPath(path2);
    this.isSettings = /(^|\/)(settings|config|conf|configuration)(\/[^/]*)?\.py$|(^|\/)settings\/|(^|\/)(\w+_)?settings(_\w+)?\.py$/.test(
      path2
    );
    this.isMigration = /(^|\/)(migrations|alembic|versions)\/|(^|\/)env\.py$/.test(path2);
    this.isScript = /(^|\/)(scripts|bin)\/|(^|\/)manage\.py$/.test(path2);
  }
  path;
  text;
  tree;
  isTest;
  /** A settings/config module (`settings.py`, `config.py`, `settings/prod.py`, …). */
  isSettings;
  /** An Alembic/Django migration or Alembic `env.py`. */
  isMigration;
  /** A script that is meant to print: under scripts/ or bin/, or manage.py. */
  isScript;
  importMap;
  bindingCache = /* @__PURE__ */ new Map();
  /** Node id → the node that holds it, for every node located so far (the module maps to null). */
  parents = /* @__PURE__ */ new Map();
  typeNames = /* @__PURE__ */ new Map();
  ends = /* @__PURE__ */ new Map();
  /** The node located last: the next question is usually about a node near it. */
  lastLocated = null;
  rootNode;
  definitionHolders = /* @__PURE__ */ new Map();
  mainGuards = /* @__PURE__ */ new Map();
  lineStarts;
  callNames = /* @__PURE__ */ new Map();
  calleeTails = /* @__PURE__ */ new Map();
  /** The module node (made once: `tree.rootNode` builds a new object on every read). */
  get root() {
    return this.rootNode ??= this.tree.rootNode;
  }
  /** Local name → fully qualified name, for every import in the file (any depth). */
  imports() {
    if (this.importMap) return this.importMap;
    const map = /* @__PURE__ */ new Map();
    for (const statement of this.importStatements()) {
      if (statement.type === "import_statement") {
        for (const name2 of statement.childrenForFieldName("name")) {
          if (!name2) continue;
          if (name2.type === "aliased_import") {
            const dotted = name2.childForFieldName("name")?.text;
            const alias = name2.childForFieldName("alias")?.text;
            if (dotted && alias) map.set(alias, dotted);
          } else {
            const head = name2.text.split(".")[0] ?? name2.text;
            map.set(head, head);
          }
        }
      } else {
        const module2 = statement.childForFieldName("module_name")?.text ?? "";
        for (const name2 of statement.childrenForFieldName("name")) {
          if (!name2) continue;
          if (name2.type === "aliased_import") {
            const original = name2.childForFieldName("name")?.text;
            const alias = name2.childForFieldName("alias")?.text;
            if (original && alias) map.set(alias, joinName(module2, original));
          } else {
            map.set(name2.text, joinName(module2, name2.text));
          }
        }
      }
    }
    this.importMap = map;
    return map;
  }
  /**
   * The import statements, found from the text (a statement starts a line with `import` or
   * `from`) and confirmed in the tree: far cheaper than searching every node of the tree.
   */
  importStatements() {
    const statements = [];
    const seen = /* @__PURE__ */ new Set();
    for (const offset of lineStartKeywords(this.text, ["import", "from"])) {
      const keyword = this.root.descendantForIndex(offset);
      const statement = keyword?.parent;
      if (!statement || statement.type !== "import_statement" && statement.type !== "import_from_statement")
        continue;
      if (seen.has(statement.id)) continue;
      seen.add(statement.id);
      statements.push(statement);
    }
    return statements;
  }
  /** True when the file imports `module` or anything below it. */
  importsModule(module2) {
    for (const qualified of this.imports().values()) {
      if (qualified === module2 || qualified.startsWith(module2 + ".")) return true;
    }
    return false;
  }
  /**
   * The dotted name of an identifier or attribute chain, its head resolved through imports:
   * with `import sqlalchemy as sa`, `sa.create_engine` → `sqlalchemy.create_engine`. Calls and
   * subscripts in the chain are kept as `()` so `a().b` never looks like `a.b`.
   */
  qualifiedName(node) {
    if (!node) return null;
    const parts2 = [];
    let current = node;
    while (current) {
      if (current.type === "attribute") {
        const attribute = current.childForFieldName("attribute");
        if (!attribute) return null;
        parts2.unshift(attribute.text);
        current = current.childForFieldName("object");
      } else if (current.type === "identifier") {
        const resolved = this.imports().get(current.text) ?? current.text;
        parts2.unshift(resolved);
        return parts2.join(".");
      } else if (current.type === "call") {
        parts2.unshift("()");
        current = current.childForFieldName("function");
      } else {
        return parts2.length ? ["?", ...parts2].join(".") : null;
      }
    }
    return null;
  }
  /** The qualified name of what a call calls (asked by many rules per call: remembered). */
  callName(call) {
    const known = this.callNames.get(call.id);
    if (known !== void 0) return known;
    const name2 = this.qualifiedName(call.childForFieldName("function"));
    this.callNames.set(call.id, name2);
    return name2;
  }
  /** The last segment of what a call calls: `execute` for `db.session.execute(...)`. */
  calleeTail(call) {
    const known = this.calleeTails.get(call.id);
    if (known !== void 0) return known;
    const callee = call.childForFieldName("function");
    let tail = null;
    if (callee?.type === "identifier") tail = callee.text;
    else if (callee?.type === "attribute")
      tail = callee.childForFieldName("attribute")?.text ?? null;
    this.calleeTails.set(call.id, tail);
    return tail;
  }
  /** The value passed as keyword `name=`, or null. */
  keywordArgument(call, name2) {
    const args2 = call.childForFieldName("arguments");
    if (!args2) return null;
    for (const arg of args2.namedChildren) {
      if (arg?.type === "keyword_argument" && arg.childForFieldName("name")?.text === name2) {
        return arg.childForFieldName("value");
      }
    }
    return null;
  }
  /** Positional arguments, in order (not `*args`, `**kwargs` or keywords). */
  positionalArguments(call) {
    const args2 = call.childForFieldName("arguments");
    if (!args2 || args2.type !== "argument_list") return [];
    return args2.namedChildren.filter(
      (arg) => arg !== null && arg.type !== "keyword_argument" && arg.type !== "list_splat" && arg.type !== "dictionary_splat" && arg.type !== "comment"
    );
  }
  /** The scope (function, class or module) a node belongs to. */
  scopeOf(node) {
    for (let holder = this.nearestDefinition(node); holder; holder = this.nearestDefinition(holder)) {
      if (SCOPE_TYPES.has(this.typeOf(holder))) return holder;
    }
    return this.root;
  }
  /** The function, class and lambda definitions that hold `node`, innermost first. */
  definitionsAround(node) {
    const around = [];
    for (let holder = this.nearestDefinition(node); holder; holder = this.nearestDefinition(holder))
      around.push(holder);
    return around;
  }
  nearestDefinition(node) {
    return this.nearest(
      node,
      this.definitionHolders,
      (holder) => DEFINITION_TYPES.has(this.typeOf(holder))
    );
  }
  /**
   * The innermost holder of `node` that is `wanted`, remembered for every node passed on the way
   * up: asking for each of a thousand nested calls costs one walk, not a thousand.
   */
  nearest(node, memo, wanted) {
    const known = memo.get(node.id);
    if (known !== void 0) return known;
    const passed = [node.id];
    let answer = null;
    for (let holder = this.parentOf(node); holder; holder = this.parentOf(holder)) {
      if (wanted(holder)) {
        answer = holder;
        break;
      }
      const above = memo.get(holder.id);
      if (above !== void 0) {
        answer = above;
        break;
      }
      passed.push(holder.id);
    }
    for (const id of passed) memo.set(id, answer);
    return answer;
  }
  /**
   * The `if`/`elif` branches `node` sits in, innermost first: each test's condition, and whether
   * `node` is where it holds (the consequence) or where it fails (an `elif`/`else` after it).
   * With `withinFunction`, stops at the enclosing function.
   */
  branchesAround(node, withinFunction) {
    const branches = [];
    let child = node;
    for (let current = this.parentOf(node); current; current = this.parentOf(current)) {
      const type = this.typeOf(current);
      if (withinFunction && FUNCTION_TYPES.has(type)) break;
      if (type === "if_statement" || type === "elif_clause") {
        branches.push({
          condition: current.childForFieldName("condition"),
          holds: current.childForFieldName("consequence")?.id === child.id
        });
      }
      child = current;
    }
    return branches;
  }
  /**
   * Up from `leaf` through the nodes that span exactly its characters (the identifier, then any
   * node around it with the same start and end), each with the node that holds it: the question
   * asked of a name found in the text (is it a callee? an assignment's target?).
   */
  sameSpanHolders(leaf) {
    const pairs = [];
    const { startIndex, endIndex } = leaf;
    let node = leaf;
    for (let holder = this.parentOf(leaf); holder; holder = this.parentOf(holder)) {
      if (node.startIndex !== startIndex || node.endIndex !== endIndex) break;
      pairs.push({ node, holder });
      node = holder;
    }
    return pairs;
  }
  /** The nodes from the module down to `node`, both included. */
  ancestry(node) {
    const chain = [node];
    for (let holder = this.parentOf(node); holder; holder = this.parentOf(holder))
      chain.push(holder);
    return chain.reverse();
  }
  /**
   * The node that holds `node` (null for the module). tree-sitter computes `node.parent` by
   * searching down from the root every time, so a walk up by parents costs depth² steps and made
   * context questions the engine's main cost. Here each node's holder is found once, by
   * descending from the nearest node already placed (usually a step or two), and remembered.
   */
  parentOf(node) {
    if (node.id === this.root.id) return null;
    const known = this.parents.get(node.id);
    if (known !== void 0) return known;
    if (!this.place(node, this.nearestPlacedHolder(node)) && !this.place(node, this.root))
      this.parents.set(node.id, null);
    return this.parents.get(node.id) ?? null;
  }
  /** The engine's descent found that `parent` holds `child`. */
  noteParent(child, parent) {
    if (!this.parents.has(child.id)) this.parents.set(child.id, parent);
  }
  /** The deepest node around the last one placed that also holds `node` (or the module). */
  nearestPlacedHolder(node) {
    const start2 = node.startIndex;
    const end = node.endIndex;
    for (let holder = this.lastLocated; holder; holder = this.parents.get(holder.id) ?? null) {
      if (holder.id !== node.id && holder.startIndex <= start2 && this.endOf(holder) >= end)
        return holder;
    }
    return this.root;
  }
  /** Descends from `from` to `node`, noting each step's holder; false when `node` is not below. */
  place(node, from) {
    let current = from;
    for (let steps = 0; current.id !== node.id; steps++) {
      const next = current.childWithDescendant(node);
      if (!next || next.id === current.id || steps > MAX_DEPTH) return false;
      if (!this.parents.has(next.id)) this.parents.set(next.id, current);
      current = next;
    }
    this.lastLocated = node;
    return true;
  }
  /** A node's end offset, asked of tree-sitter once per node. */
  endOf(node) {
    let end = this.ends.get(node.id);
    if (end === void 0) {
      end = node.endIndex;
      this.ends.set(node.id, end);
    }
    return end;
  }
  /** A node's type, asked of tree-sitter once per node. */
  typeOf(node) {
    let type = this.typeNames.get(node.id);
    if (type === void 0) {
      type = node.type;
      this.typeNames.set(node.id, type);
    }
    return type;
  }
  /** Whether a function or class definition has decorators (read from the text, not the tree). */
  isDecorated(definition) {
    let offset = this.text.lastIndexOf("\n", definition.startIndex - 1);
    while (offset > 0) {
      const previous2 = this.text.lastIndexOf("\n", offset - 1);
      const line = this.text.slice(previous2 + 1, offset).trim();
      if (line.startsWith("@")) return true;
      if (line !== "" && !line.startsWith("#")) return false;
      offset = previous2;
    }
    return false;
  }
  /**
   * The value of `name` when it is assigned exactly once in the scope that holds `at` (or, for a
   * name not assigned there, once at module level). Anything else is not guessed.
   */
  assignedValue(name2, at) {
    const scope = this.scopeOf(at);
    const here = this.bindingsIn(scope, name2);
    if (here.length > 0) return here.length === 1 ? valueOnly(here[0]) : null;
    if (scope.id !== this.root.id) {
      const global = this.bindingsIn(this.root, name2);
      if (global.length === 1) return valueOnly(global[0]);
    }
    return null;
  }
  /**
   * Every value `name` was assigned, in the scope that holds `at`, before `at` in the text: for a
   * name rebound on its way (`password = md5(password).hexdigest()`), where `assignedValue` gives
   * nothing. Augmented assignments and loop targets have no single value and are left out.
   */
  assignedValuesBefore(name2, at) {
    return this.bindingsIn(this.scopeOf(at), name2).filter(
      (value) => valueOnly(value) !== null && value.startIndex < at.startIndex
    );
  }
  /**
   * Follows an identifier to the value it was assigned once, through parentheses (black wraps
   * long values in them: `q = ("SELECT …" % x)`); other nodes are returned as they are.
   */
  resolveValue(node, depth = 0) {
    if (!node || depth > 8) return node;
    if (node.type === "parenthesized_expression") {
      const inner = node.namedChildren.find((child) => child?.type !== "comment");
      return inner ? this.resolveValue(inner, depth + 1) : node;
    }
    if (node.type !== "identifier") return node;
    const value = this.assignedValue(node.text, node);
    return value ? this.resolveValue(value, depth + 1) : node;
  }
  /**
   * What `name` is bound to in `scope`, in document order: the value of `name = value` and of
   * `(name := value)`, the whole target of `a, name = …`, and the statement itself for `name += …`
   * and `for name in …` (which leave no single value). Found from the text: every place the name
   * is written is a candidate, confirmed in the tree — no search through the scope's nodes.
   */
  bindingsIn(scope, name2) {
    const key = `${scope.id}:${name2}`;
    const cached = this.bindingCache.get(key);
    if (cached) return cached;
    const bindings = [];
    const end = scope.endIndex;
    const word = new RegExp(`(?<![\\w.])${escapeRegExp(name2)}(?![\\w]|[ \\t]*[.([])`, "gu");
    word.lastIndex = scope.startIndex;
    for (let match = word.exec(this.text); match && match.index < end; match = word.exec(this.text)) {
      const leaf = this.root.descendantForIndex(match.index, match.index + name2.length);
      if (!leaf || leaf.startIndex !== match.index || this.typeOf(leaf) !== "identifier" || leaf.text !== name2)
        continue;
      const binding = this.bindingAt(leaf);
      if (binding && this.scopeOf(binding.statement).id === scope.id) bindings.push(binding.value);
    }
    this.bindingCache.set(key, bindings);
    return bindings;
  }
  /**
   * The nodes spelled exactly `name` within `scope` (the file by default), in text order: every
   * place the text says `name`, confirmed in the tree as the smallest node covering exactly those
   * characters. Far cheaper than a search through the scope's nodes.
   */
  spelled(name2, scope = this.root) {
    const found = [];
    if (!name2) return found;
    const end = scope.id === this.root.id ? this.text.length : this.endOf(scope);
    for (let index = this.text.indexOf(name2, scope.startIndex); index !== -1 && index + name2.length <= end; index = this.text.indexOf(name2, index + 1)) {
      const leaf = this.root.descendantForIndex(index, index + name2.length);
      if (leaf && leaf.startIndex === index && this.endOf(leaf) === index + name2.length)
        found.push(leaf);
    }
    return found;
  }
  /** The calls whose callee is spelled exactly `name` (`NotFound`, `exceptions.NotFound`), in text order. */
  callsSpelled(name2) {
    const calls = [];
    for (const leaf of this.spelled(name2)) {
      const found = this.sameSpanHolders(leaf).find(
        ({ node, holder }) => this.typeOf(holder) === "call" && holder.childForFieldName("function")?.id === node.id
      );
      if (found) calls.push(found.holder);
    }
    return calls;
  }
  /** When the identifier `leaf` is written to, the statement and what it binds the name to. */
  bindingAt(leaf) {
    let target = leaf;
    let statement = this.parentOf(leaf);
    while (statement && TARGET_PARTS.has(this.typeOf(statement))) {
      target = statement;
      statement = this.parentOf(statement);
    }
    if (!statement) return null;
    const type = this.typeOf(statement);
    if (type === "assignment") {
      const left = statement.childForFieldName("left");
      if (left?.id !== target.id) return null;
      if (target.id === leaf.id)
        return { statement, value: statement.childForFieldName("right") ?? left };
      return { statement, value: left };
    }
    if (type === "named_expression") {
      if (target.id !== leaf.id || statement.childForFieldName("name")?.id !== leaf.id) return null;
      const value = statement.childForFieldName("value");
      return value ? { statement, value } : null;
    }
    if (type === "augmented_assignment" || type === "for_statement") {
      return statement.childForFieldName("left")?.id === target.id ? { statement, value: statement } : null;
    }
    return null;
  }
  /** The nearest ancestor of one of `types`, not crossing a function boundary when `withinFunction`. */
  enclosing(node, types, withinFunction = true) {
    for (let current = this.parentOf(node); current; current = this.parentOf(current)) {
      const type = this.typeOf(current);
      if (types.has(type)) return current;
      if (withinFunction && FUNCTION_TYPES.has(type)) return null;
    }
    return null;
  }
  enclosingFunction(node) {
    return this.definitionsAround(node).find(
      (definition) => definition.type === "function_definition"
    ) ?? null;
  }
  /** The loop whose body (not its iterable) holds `node`, within the same function. */
  enclosingLoop(node) {
    let child = node;
    for (let current = this.parentOf(node); current; current = this.parentOf(current)) {
      const type = this.typeOf(current);
      if (FUNCTION_TYPES.has(type) || type === "class_definition") return null;
      if (LOOP_TYPES.has(type) && !isIterablePart(current, child)) return current;
      child = current;
    }
    return null;
  }
  /** The `except` clause whose body holds `node`, within the same function. */
  enclosingExcept(node) {
    return this.enclosing(node, EXCEPT_TYPES);
  }
  isInAsyncFunction(node) {
    const fn = this.enclosingFunction(node);
    return fn !== null && isAsyncFunction(fn);
  }
  /** Inside `if __name__ == "__main__":`. */
  isUnderMainGuard(node) {
    return this.nearest(node, this.mainGuards, (holder) => isMainGuard(this.typeOf(holder), holder)) !== null;
  }
  /** 1-based span of a node, columns in Unicode code points as the Python tools count them. */
  spanOf(node) {
    const start2 = this.toPosition(node.startIndex);
    const end = this.toPosition(node.endIndex);
    return {
      startLine: start2.line,
      startColumn: start2.column,
      endLine: end.line,
      endColumn: end.column
    };
  }
  /** How many lines the file has, as the Python tools count them. */
  lineCount() {
    return (this.lineStarts ??= computeLineStarts(this.text)).length;
  }
  /** UTF-16 offset → 1-based line and code-point column (tabs count as one, as flake8 counts). */
  toPosition(offset) {
    const starts = this.lineStarts ??= computeLineStarts(this.text);
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    const lineStart = starts[low] ?? 0;
    const prefix = this.text.slice(lineStart, offset);
    return { line: low + 1, column: codePointLength(prefix) + 1 };
  }
};
var EXCEPT_TYPES = /* @__PURE__ */ new Set(["except_clause", "except_group_clause"]);
function isMainGuard(type, node) {
  if (type !== "if_statement") return false;
  const condition = node.childForFieldName("condition")?.text.replace(/\s+/g, "") ?? "";
  return /^__name__==(['"])__main__\1$|^(['"])__main__\2==__name__$/.test(condition);
}
var DEFINITION_TYPES = /* @__PURE__ */ new Set([
  "function_definition",
  "class_definition",
  "lambda"
]);
var TARGET_PARTS = /* @__PURE__ */ new Set([
  "pattern_list",
  "tuple_pattern",
  "list_pattern",
  "expression_list",
  "tuple",
  "list",
  "list_splat_pattern",
  "parenthesized_expression"
]);
var MAX_DEPTH = 1e5;
function lineStartKeywords(text, words) {
  const offsets = [];
  for (const word of words) {
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
      const after = text.charCodeAt(at + word.length);
      if (after !== 32 && after !== 9 && after !== 92) continue;
      let before = at - 1;
      while (before >= 0 && (text.charCodeAt(before) === 32 || text.charCodeAt(before) === 9))
        before--;
      const previous2 = before < 0 ? 10 : text.charCodeAt(before);
      if (previous2 === 10 || previous2 === 13 || previous2 === 8232 || previous2 === 8233)
        offsets.push(at);
    }
  }
  return offsets.sort((a, b) => a - b);
}
function valueOnly(binding) {
  if (!binding || binding.type === "augmented_assignment" || binding.type === "for_statement")
    return null;
  return binding;
}
function isIterablePart(loop, child) {
  if (loop.type === "for_statement") {
    return child.id === loop.childForFieldName("right")?.id || child.id === loop.childForFieldName("left")?.id;
  }
  if (loop.type === "while_statement") return child.id === loop.childForFieldName("condition")?.id;
  const first = loop.namedChildren.find((c) => c?.type === "for_in_clause");
  return child.id === first?.id;
}
function isAsyncFunction(fn) {
  return fn.children.some((child) => child?.type === "async");
}
function computeLineStarts(text) {
  const starts = [0];
  if (!text.includes("\r")) {
    for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1))
      starts.push(at + 1);
    return starts;
  }
  for (let i2 = 0; i2 < text.length; i2++) {
    const ch = text.charCodeAt(i2);
    if (ch === 10) starts.push(i2 + 1);
    else if (ch === 13) {
      if (text.charCodeAt(i2 + 1) === 10) i2++;
      starts.push(i2 + 1);
    }
  }
  return starts;
}
function codePointLength(text) {
  let length = text.length;
  for (let i2 = 0; i2 < text.length; i2++) {
    const ch = text.charCodeAt(i2);
    if (ch >= 55296 && ch <= 56319) {
      length--;
      i2++;
    }
  }
  return length;
}
function joinName(module2, name2) {
  if (!module2 || module2.endsWith(".")) return module2 + name2;
  return `${module2}.${name2}`;
}
function stringValue(node) {
  if (!node) return null;
  if (node.type === "concatenated_string") {
    let text2 = "";
    for (const part of node.namedChildren) {
      const value = stringValue(part);
      if (value === null) return null;
      text2 += value;
    }
    return text2;
  }
  if (node.type !== "string") return null;
  let text = "";
  for (const child of node.namedChildren) {
    if (!child) continue;
    if (child.type === "interpolation") return null;
    if (child.type === "string_content" || child.type === "escape_sequence") text += child.text;
  }
  return text;
}
function plusOperands(node) {
  const parts2 = [];
  const pending = [node];
  while (pending.length > 0) {
    const current = pending.pop();
    if (current.type === "binary_operator" && current.childForFieldName("operator")?.type === "+") {
      const right = current.childForFieldName("right");
      const left = current.childForFieldName("left");
      if (right) pending.push(right);
      if (left) pending.push(left);
    } else if (current.type === "parenthesized_expression" && current.namedChildren[0]) {
      pending.push(current.namedChildren[0]);
    } else {
      parts2.push(current);
    }
  }
  return parts2;
}
function isInterpolatedString(node) {
  return node?.type === "string" && node.namedChildren.some((child) => child?.type === "interpolation");
}

// src/deps/requirements.ts
function normaliseName(name2) {
  return name2.toLowerCase().replace(/[-_.]+/g, "-");
}
var NAME = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(\[[^\]]*\])?\s*/;
function logicalLines(text) {
  const physical = text.split(/\r\n|\r|\n/);
  const result = [];
  let pending = null;
  physical.forEach((raw, index) => {
    const withoutComment = raw.replace(/(^|\s)#.*$/, "");
    const continues = /\\$/.test(withoutComment);
    const body2 = continues ? withoutComment.slice(0, -1) : withoutComment;
    if (pending) pending.text += ` ${body2}`;
    else
      pending = { text: body2, line: index + 1, column: (/^\s*/.exec(body2)?.[0].length ?? 0) + 1 };
    if (!continues) {
      result.push(pending);
      pending = null;
    }
  });
  if (pending) result.push(pending);
  return result;
}
function parseRequirements(text) {
  const file = { requirements: [], includes: [], others: [] };
  for (const logical of logicalLines(text)) {
    const entry = logical.text.trim();
    if (!entry) continue;
    const include = /^(-r|--requirement|-c|--constraint)(?:\s*=\s*|\s+)(\S+)/.exec(entry);
    if (include) {
      file.includes.push({
        kind: include[1]?.includes("c") ? "constraints" : "requirements",
        target: include[2] ?? "",
        line: logical.line
      });
      continue;
    }
    if (/^(-e|--editable)\b/.test(entry)) {
      file.others.push({ kind: "editable", text: entry, line: logical.line });
      continue;
    }
    if (entry.startsWith("-")) {
      file.others.push({ kind: "option", text: entry, line: logical.line });
      continue;
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(entry) || /^[./]/.test(entry) || /\s@\s/.test(entry.split(";")[0] ?? "")) {
      file.others.push({ kind: "url", text: entry, line: logical.line });
      continue;
    }
    const name2 = NAME.exec(entry);
    if (!name2) {
      file.others.push({ kind: "option", text: entry, line: logical.line });
      continue;
    }
    const rest = entry.slice(name2[0].length);
    const hashes = [...rest.matchAll(/--hash[=\s]+(\S+)/g)].map((match) => match[1] ?? "");
    const withoutOptions = rest.replace(/\s--\S+(?:[=\s]+\S+)?/g, "").replace(/^--\S+(?:[=\s]+\S+)?/, "");
    const [specPart = "", ...markerParts] = withoutOptions.split(";");
    const specifier = specPart.replace(/\s+/g, "").replace(/^\(|\)$/g, "");
    const rawName = name2[1] ?? "";
    file.requirements.push({
      name: normaliseName(rawName),
      rawName,
      specifier,
      extras: (name2[2] ?? "").replace(/[[\]\s]/g, "").split(",").filter(Boolean),
      marker: markerParts.join(";").trim(),
      line: logical.line,
      column: logical.column,
      endColumn: logical.column + rawName.length,
      pinned: isPinned(specifier),
      hashes
    });
  }
  return file;
}
function isPinned(specifier) {
  return /^(===?)[^,*<>!~=]+$/.test(specifier);
}

// src/deps/toml-locations.ts
var HEADER = /^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$/;
function tomlTables(text) {
  const lines = text.split(/\r\n|\r|\n/);
  const tables = [
    { name: "", headerLine: 0, bodyStart: 0, bodyEnd: lines.length }
  ];
  let inMultiline = null;
  lines.forEach((line, index) => {
    for (const match of line.matchAll(/"""|'''/g))
      inMultiline = inMultiline === match[0] ? null : inMultiline ?? match[0];
    if (inMultiline) return;
    const header = HEADER.exec(line);
    if (!header) return;
    const previous2 = tables.at(-1);
    if (previous2) previous2.bodyEnd = index;
    tables.push({
      name: tableName(header[1] ?? ""),
      headerLine: index + 1,
      bodyStart: index + 1,
      bodyEnd: lines.length
    });
  });
  return tables;
}
function tableName(raw) {
  return raw.split(".").map((part) => part.trim().replace(/^(["'])(.*)\1$/, "$2")).join(".");
}
function tomlKeys(text, table2) {
  const lines = text.split(/\r\n|\r|\n/);
  const result = [];
  for (const range of tomlTables(text).filter((candidate) => candidate.name === table2)) {
    for (let index = range.bodyStart; index < range.bodyEnd; index++) {
      const match = /^(\s*)("[^"]*"|'[^']*'|[A-Za-z0-9_.-]+)\s*=/.exec(lines[index] ?? "");
      if (!match) continue;
      const column = (match[1]?.length ?? 0) + 1;
      const written = match[2] ?? "";
      result.push({
        key: written.replace(/^(["'])(.*)\1$/, "$2"),
        line: index + 1,
        column,
        endColumn: column + written.length
      });
    }
  }
  return result;
}
function tomlArrayStrings(text, table2, key) {
  const entry = tomlKeys(text, table2).find((candidate) => candidate.key === key);
  if (!entry) return [];
  const lines = text.split(/\r\n|\r|\n/);
  const result = [];
  let lineIndex = entry.line - 1;
  let column = (lines[lineIndex] ?? "").indexOf("=", entry.endColumn - 1) + 1;
  let depth = 0;
  let started = false;
  while (lineIndex < lines.length) {
    const line = lines[lineIndex] ?? "";
    while (column < line.length) {
      const char = line[column] ?? "";
      if (char === "#") break;
      if (char === "[") {
        depth++;
        started = true;
      } else if (char === "]") {
        depth--;
        if (started && depth === 0) return result;
      } else if (char === '"' || char === "'") {
        const end = closingQuote(line, column, char);
        if (end < 0) return result;
        if (depth === 1)
          result.push({
            value: line.slice(column + 1, end),
            line: lineIndex + 1,
            column: column + 2,
            endColumn: end + 1
          });
        column = end;
      } else if (!started && !/\s/.test(char)) {
        return result;
      }
      column++;
    }
    lineIndex++;
    column = 0;
  }
  return result;
}
function closingQuote(line, open, quote) {
  for (let index = open + 1; index < line.length; index++) {
    if (quote === '"' && line[index] === "\\") {
      index++;
      continue;
    }
    if (line[index] === quote) return index;
  }
  return -1;
}

// src/patterns/deps/pyproject.ts
import { posix } from "node:path";

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i2 = line - 1; i2 <= line + 1; i2++) {
    let l = lines[i2 - 1];
    if (!l)
      continue;
    codeblock += i2.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i2 === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed3 = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed3 = parsed3 ? parsed3 + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed3;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed3 += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed3 += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed3 += "\b";
        else if (c === 116)
          parsed3 += "	";
        else if (c === 110)
          parsed3 += "\n";
        else if (c === 102)
          parsed3 += "\f";
        else if (c === 114)
          parsed3 += "\r";
        else if (c === 101)
          parsed3 += "\x1B";
        else if (c === 34)
          parsed3 += '"';
        else if (c === 92)
          parsed3 += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str = str.replaceAll("_", "");
  return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start2 = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start2, ctx.p);
  return readDate(ctx, t, 4, false, start2);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed3 = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed3.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed3;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed3.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed3.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed3.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i2 = 0; i2 < key.length; i2++) {
      if (i2)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i2];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table2, meta46, type) {
  let t = table2;
  let m = meta46;
  let k;
  let hasOwn = false;
  let state;
  for (let i2 = 0; i2 < key.length; i2++) {
    if (i2) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i2];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i2 < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta46 = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta46;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta46,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/patterns/deps/pyproject.ts
var parsed = /* @__PURE__ */ new WeakMap();
function readToml(file) {
  if (!parsed.has(file)) {
    let doc = null;
    try {
      doc = parse(file.text);
    } catch {
      doc = null;
    }
    parsed.set(file, doc);
  }
  return parsed.get(file) ?? null;
}
function table(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date) ? value : null;
}
function nonEmpty(value) {
  if (Array.isArray(value)) return value.length > 0;
  const asTable = table(value);
  return asTable !== null && Object.keys(asTable).length > 0;
}
function path(doc, ...keys) {
  let value = doc;
  for (const key of keys) value = table(value)?.[key];
  return value;
}
function projectKind(doc, filePath, facts) {
  const project = table(doc.project) ?? {};
  const poetry = table(path(doc, "tool", "poetry")) ?? {};
  const classifiers = [...asStrings(project.classifiers), ...asStrings(poetry.classifiers)];
  if (poetry["package-mode"] === false || path(doc, "tool", "uv", "package") === false || path(doc, "tool", "pdm", "distribution") === false || classifiers.some((classifier) => /^Private\s*::\s*Do Not Upload/i.test(classifier))) {
    return "application";
  }
  const publishes = classifiers.length > 0 || nonEmpty(project.keywords) || nonEmpty(project.urls) || nonEmpty(project["entry-points"]) || nonEmpty(poetry.keywords) || nonEmpty(poetry.urls) || nonEmpty(poetry.plugins) || ["homepage", "repository", "documentation"].some((key) => typeof poetry[key] === "string");
  if (publishes) return "library";
  const dir = posix.dirname(filePath);
  const setupPy = dir === "." ? "setup.py" : `${dir}/setup.py`;
  if (!table(doc["build-system"]) && !facts.pythonFiles.includes(setupPy)) return "application";
  if (nonEmpty(project.scripts) || nonEmpty(project["gui-scripts"]) || nonEmpty(poetry.scripts))
    return "application";
  return "unknown";
}
function asStrings(value) {
  return Array.isArray(value) ? value.filter((item) => typeof item === "string") : [];
}
var REQUIREMENT_NAME = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/;
function runtimeDependencies(file, doc) {
  const result = [];
  if (Array.isArray(table(doc.project)?.dependencies)) {
    for (const item of tomlArrayStrings(file.text, "project", "dependencies")) {
      const name2 = REQUIREMENT_NAME.exec(item.value)?.[1];
      if (!name2) continue;
      result.push({
        name: normaliseName(name2),
        requirement: item.value.trim(),
        source: "project",
        line: item.line,
        column: item.column,
        endColumn: item.column + item.value.length
      });
    }
  }
  const poetryDependencies = table(path(doc, "tool", "poetry", "dependencies"));
  if (poetryDependencies) {
    const positions = tomlKeys(file.text, "tool.poetry.dependencies");
    for (const [key, value] of Object.entries(poetryDependencies)) {
      if (key.toLowerCase() === "python") continue;
      const at = positions.find((position) => position.key === key) ?? headerPosition(file.text, "tool.poetry.dependencies");
      const constraint = typeof value === "string" ? value : typeof table(value)?.version === "string" ? String(table(value)?.version) : "";
      result.push({
        name: normaliseName(key),
        requirement: constraint,
        source: "poetry",
        line: at.line,
        column: at.column,
        endColumn: at.endColumn
      });
    }
  }
  return result;
}
function headerPosition(text, name2) {
  const header = tomlTables(text).find((range) => range.name === name2);
  const line = header?.headerLine ?? 1;
  const length = (text.split(/\r\n|\r|\n/)[line - 1] ?? "").trimEnd().length;
  return { line, column: 1, endColumn: Math.max(length + 1, 2) };
}

// src/patterns/deps/requirement-files.ts
import { posix as posix2 } from "node:path";
var DEVELOPMENT_WORDS = /* @__PURE__ */ new Set([
  "dev",
  "devel",
  "develop",
  "development",
  "test",
  "tests",
  "testing",
  "doc",
  "docs",
  "documentation",
  "sphinx",
  "mkdocs",
  "rtd",
  "readthedocs",
  "lint",
  "linting",
  "linters",
  "linter",
  "ci",
  "style",
  "typing",
  "types",
  "mypy",
  "typecheck",
  "format",
  "formatting",
  "fmt",
  "tox",
  "nox",
  "bench",
  "benchmark",
  "benchmarks",
  "local",
  "debug",
  "build",
  "setup",
  "precommit",
  "pre",
  "tools",
  "tooling",
  "qa",
  "check",
  "checks",
  "coverage",
  "pytest",
  "notebook",
  "notebooks"
]);
var DEVELOPMENT_FOLDERS = /* @__PURE__ */ new Set([
  "docs",
  "doc",
  "tests",
  "test",
  "testing",
  ".github",
  "ci",
  ".ci",
  "benchmarks",
  "benchmark",
  ".devcontainer",
  "samples",
  "scripts",
  "script",
  "tools",
  "hack",
  "dev"
]);
function isDeploymentRequirementsPath(path2) {
  const segments = path2.split("/");
  const name2 = (segments.pop() ?? "").toLowerCase();
  if (!name2.endsWith(".txt") || name2.startsWith("constraints")) return false;
  if (segments.some((segment) => DEVELOPMENT_FOLDERS.has(segment.toLowerCase()))) return false;
  const words = name2.replace(/\.txt$/, "").split(/[^a-z0-9]+/);
  return !words.some((word) => DEVELOPMENT_WORDS.has(word));
}
var parsed2 = /* @__PURE__ */ new WeakMap();
function readRequirements(file) {
  let result = parsed2.get(file);
  if (!result) {
    result = parseRequirements(file.text);
    parsed2.set(file, result);
  }
  return result;
}
function deploymentRequirements(file, facts) {
  if (!isDeploymentRequirementsPath(file.path)) return null;
  const dir = posix2.dirname(file.path);
  const files = facts;
  const installed = files.dockerInstalledRequirementsFiles?.includes(file.path) === true;
  if (!installed && facts.pythonFiles.includes(dir === "." ? "setup.py" : `${dir}/setup.py`))
    return null;
  if (!installed && (files.metadataRequirementsFiles?.includes(file.path) || files.libraryFolders?.includes(dir)))
    return null;
  const production = files.productionRequirementsFiles ?? [];
  if (!production.includes(file.path) && production.some((other) => posix2.dirname(other) === dir))
    return null;
  const requirements = readRequirements(file);
  if (requirements.others.some(
    (other) => other.kind === "editable" && /^(-e|--editable)(\s+|\s*=\s*)(file:)?\.\/?(\[[^\]]*\])?$/.test(other.text.trim())
  )) {
    return null;
  }
  return requirements;
}

// src/patterns/deps/dev-tool-in-runtime-deps.ts
var meta = {
  id: "PBP803",
  name: "dev-tool-in-runtime-deps",
  tool: "patterns",
  section: "dependencies",
  level: "note",
  precision: "high",
  summary: "A test or code-quality tool is listed as a runtime dependency.",
  docs: {
    what: "Finds pytest (and pytest-* plugins), mypy, black, flake8 (and flake8-* plugins), pylint, isort, ruff and coverage among runtime dependencies: deployment requirements files, [project] dependencies, [tool.poetry.dependencies] and Pipfile [packages]. Libraries and projects that are themselves such tools or plugins are not reported.",
    why: "Everything in the runtime list is installed into the production image: more to download, more code to keep free of vulnerabilities, more attack surface, and none of it serves a request.",
    example: '# requirements.txt\nfastapi==0.110.0\npytest==8.0.0\n\n# pyproject.toml\n[project]\ndependencies = ["fastapi>=0.110", "mypy>=1.8"]',
    useInstead: '# requirements-dev.txt\n-r requirements.txt\npytest==8.0.0\n\n# pyproject.toml\n[project]\ndependencies = ["fastapi>=0.110"]\n\n[dependency-groups]\ndev = ["mypy>=1.8", "pytest>=8"]'
  }
};
var TOOLS = /* @__PURE__ */ new Set(["pytest", "mypy", "black", "flake8", "pylint", "isort", "ruff", "coverage"]);
function isDevelopmentTool(name2) {
  const normalised = normaliseName(name2);
  return TOOLS.has(normalised) || /^(pytest|flake8)-/.test(normalised);
}
var devToolInRuntimeDeps = {
  kind: "text",
  meta,
  fileKinds: ["requirements", "pyproject", "pipfile"],
  check(context) {
    if (context.file.kind === "requirements") checkRequirements(context);
    else if (context.file.kind === "pyproject") checkPyproject(context);
    else checkPipfile(context);
  }
};
function spanAt(position) {
  return {
    startLine: position.line,
    startColumn: position.column,
    endLine: position.line,
    endColumn: position.endColumn
  };
}
function checkRequirements({ file, project, report }) {
  const requirements = deploymentRequirements(file, project);
  for (const requirement of requirements?.requirements ?? []) {
    if (!isDevelopmentTool(requirement.name)) continue;
    report({
      at: {
        startLine: requirement.line,
        startColumn: requirement.column,
        endLine: requirement.line,
        endColumn: requirement.endColumn
      },
      message: `"${requirement.rawName}" is a development tool in a runtime requirements file, so it ships in the production image; move it to requirements-dev.txt.`
    });
  }
}
var TOOLING_NAME = /(^|-)(pytest|mypy|black|flake8|pylint|isort|ruff|coverage|cov|lint|linter|test|testing|check|checker|format|formatter|qa|style|codecov|coveralls)(-|$)/;
function checkPyproject({ file, project, report }) {
  const doc = readToml(file);
  if (!doc) return;
  if (projectKind(doc, file.path, project) === "library") return;
  const name2 = table(doc.project)?.name ?? table(table(doc.tool)?.poetry)?.name;
  if (typeof name2 === "string" && TOOLING_NAME.test(normaliseName(name2))) return;
  for (const dependency of runtimeDependencies(file, doc)) {
    if (!isDevelopmentTool(dependency.name)) continue;
    const where = dependency.source === "poetry" ? "[tool.poetry.group.dev.dependencies]" : '[dependency-groups] (or an optional "dev" extra)';
    report({
      at: spanAt(dependency),
      message: `"${dependency.name}" is a development tool among the runtime dependencies, so it ships in the production image; move it to ${where}.`
    });
  }
}
function checkPipfile({ file, report }) {
  const packages = table(readToml(file)?.packages);
  if (!packages) return;
  for (const position of tomlKeys(file.text, "packages")) {
    if (!(position.key in packages) || !isDevelopmentTool(position.key)) continue;
    report({
      at: spanAt(position),
      message: `"${position.key}" is a development tool in [packages], so it ships in the production image; move it to [dev-packages].`
    });
  }
}

// src/patterns/deps/no-lock-file.ts
import { posix as posix3 } from "node:path";
var meta2 = {
  id: "PBP802",
  name: "no-lock-file",
  tool: "patterns",
  section: "dependencies",
  level: "note",
  precision: "medium",
  summary: "An application declares dependencies in pyproject.toml but commits no lock file.",
  docs: {
    what: "Finds the pyproject.toml of an application with runtime dependencies when no lock (uv.lock, poetry.lock, pdm.lock, Pipfile.lock, pylock*.toml in its folder or a parent folder, or a fully pinned requirements file beside it) is committed. Application means: it says so (Poetry package-mode = false, uv package = false, PDM distribution = false, the classifier Private :: Do Not Upload), or nothing builds it (no [build-system], no setup.py), or it is built and declares console scripts. A pyproject with classifiers, keywords, project URLs or entry points is a library and is not reported; one that is built without scripts or publishing metadata is left alone.",
    why: "Dependency ranges say what the code works with, not what was tested. Without a lock every build resolves again and deploys whatever is newest that day, transitive dependencies included.",
    example: '[project]\nname = "shop-api"\ndependencies = ["fastapi>=0.110", "sqlalchemy>=2"]\n# and no uv.lock / poetry.lock / pinned requirements.txt committed',
    useInstead: "# commit the lock your tool writes:\nuv lock            # uv.lock\npoetry lock        # poetry.lock\n# or pin for pip:\nuv pip compile pyproject.toml -o requirements.txt"
  }
};
var noLockFile = {
  kind: "text",
  meta: meta2,
  fileKinds: ["pyproject"],
  check({ file, project, report }) {
    const doc = readToml(file);
    if (!doc) return;
    const tool = table(doc.tool) ?? {};
    if ("rye" in tool || "pixi" in tool) return;
    if (runtimeDependencies(file, doc).length === 0) return;
    if (projectKind(doc, file.path, project) !== "application") return;
    const dir = posix3.dirname(file.path);
    const covers = (lockDir) => lockDir === "." || lockDir === dir || dir.startsWith(`${lockDir}/`);
    if (project.lockFiles.some((lock) => covers(posix3.dirname(lock)))) return;
    const pinned = project.pinnedRequirementsFiles ?? [];
    const requirementsDir = dir === "." ? "requirements" : `${dir}/requirements`;
    if (pinned.some((path2) => posix3.dirname(path2) === dir || posix3.dirname(path2) === requirementsDir))
      return;
    const key = tomlKeys(file.text, "project").find((entry) => entry.key === "dependencies");
    const at = key ?? headerPosition(file.text, "tool.poetry.dependencies");
    report({
      at: { startLine: at.line, startColumn: at.column, endLine: at.line, endColumn: at.endColumn },
      message: "This application declares its dependencies but no lock file is committed, so every build resolves them again; commit a lock (uv lock, poetry lock, pdm lock) or a pip-compiled requirements.txt."
    });
  }
};

// src/patterns/deps/unpinned-requirement.ts
import { posix as posix4 } from "node:path";
var meta3 = {
  id: "PBP801",
  name: "unpinned-requirement",
  tool: "patterns",
  section: "dependencies",
  level: "warning",
  precision: "high",
  summary: "A deployed dependency is not pinned to one version.",
  docs: {
    what: 'Finds requirements that are not pinned with == or === (no version, ranges, ~=, wildcards) in requirements files that say what is deployed, and Pipfile [packages] entries with "*" or only a lower bound when no Pipfile.lock is committed. A requirements*.txt or requirements/*.txt file counts as deployment unless it is a pip-compile input (*.in) or a constraints file; its name or folder says development (dev, test, docs, lint, ci, typing, tox, build, local \u2026; docs/, tests/, testing/, .github/, scripts/, tools/ \u2026); it installs the project itself editable (-e .); or it is library metadata (a setup.py or a publishing pyproject.toml beside it, or a pyproject.toml that reads it as its dependency list). Files that take their pins from a constraints file (-c) or sit beside a committed lock file are not checked.',
    why: "An unpinned requirement installs whatever is newest on the day of the build: the image built for a one-line fix can carry a new major version of a dependency, and a broken release reaches production without a single changed line.",
    example: "fastapi\nuvicorn[standard]>=0.27\nsqlalchemy~=2.0",
    useInstead: "# requirements.in lists what you want; `pip-compile requirements.in` (or `uv pip compile`)\n# writes requirements.txt with every version pinned:\nfastapi==0.110.0\nuvicorn[standard]==0.29.0\nsqlalchemy==2.0.29"
  }
};
var unpinnedRequirement = {
  kind: "text",
  meta: meta3,
  fileKinds: ["requirements", "pipfile"],
  check(context) {
    if (context.file.kind === "pipfile") checkPipfile2(context);
    else checkRequirements2(context);
  }
};
function lockBeside(path2, facts, names) {
  const dir = posix4.dirname(path2);
  return facts.lockFiles.some(
    (lock) => posix4.dirname(lock) === dir && names.test(posix4.basename(lock))
  );
}
function checkRequirements2({ file, project, report }) {
  const requirements = deploymentRequirements(file, project);
  if (!requirements) return;
  if (requirements.includes.some((include) => include.kind === "constraints")) return;
  if (lockBeside(file.path, project, /^(uv\.lock|poetry\.lock|pdm\.lock|Pipfile\.lock)$/)) return;
  for (const requirement of requirements.requirements) {
    if (requirement.pinned) continue;
    const what = requirement.specifier ? `allows more than one version (${requirement.specifier})` : "has no version";
    report({
      at: {
        startLine: requirement.line,
        startColumn: requirement.column,
        endLine: requirement.line,
        endColumn: requirement.endColumn
      },
      message: `"${requirement.rawName}" ${what}, so each build may install a different release; pin it with == (pip-compile or uv pip compile keeps the pins).`
    });
  }
}
function checkPipfile2({ file, project, report }) {
  if (lockBeside(file.path, project, /^Pipfile\.lock$/)) return;
  const packages = table(readToml(file)?.packages);
  if (!packages) return;
  const positions = tomlKeys(file.text, "packages");
  for (const [name2, value] of Object.entries(packages)) {
    const version = pipfileVersion(value);
    if (version === null || !isUnbounded(version)) continue;
    const at = positions.find((position) => position.key === name2);
    if (!at) continue;
    report({
      at: { startLine: at.line, startColumn: at.column, endLine: at.line, endColumn: at.endColumn },
      message: `"${name2}" ${version === "*" || version === "" ? "accepts any version" : `has only a lower bound (${version})`} and no Pipfile.lock is committed; commit the lock (pipenv lock) or pin the version.`
    });
  }
}
function pipfileVersion(value) {
  if (typeof value === "string") return value.trim();
  const entry = table(value);
  if (!entry) return null;
  if (["git", "path", "file", "ref", "hg", "svn"].some((key) => key in entry)) return null;
  return typeof entry.version === "string" ? entry.version.trim() : "*";
}
function isUnbounded(version) {
  if (version === "*" || version === "") return true;
  const clauses = version.split(",").map((clause) => clause.trim());
  return clauses.some((clause) => /^>=?/.test(clause)) && !clauses.some((clause) => /^(<|==|~=)/.test(clause));
}

// src/patterns/deps/index.ts
var DEPENDENCY_RULES = [
  unpinnedRequirement,
  noLockFile,
  devToolInRuntimeDeps
];

// src/patterns/dockerfile/dockerfile-model.ts
var import_dockerfile_ast = __toESM(require_main(), 1);
var cache = /* @__PURE__ */ new WeakMap();
function dockerfileModel(file) {
  let model = cache.get(file);
  if (!model) {
    model = buildModel(file.text);
    cache.set(file, model);
  }
  return model;
}
function buildModel(text) {
  const dockerfile = import_dockerfile_ast.DockerfileParser.parse(text);
  const stages = [];
  const preamble = [];
  for (const instruction of dockerfile.getInstructions()) {
    if (instruction.getKeyword() === "FROM") {
      const from = instruction;
      const image = from.getImage();
      const name2 = from.getBuildStage()?.toLowerCase() ?? null;
      const parent = image ? stages.findLast((stage) => stage.name === image.toLowerCase()) ?? null : null;
      stages.push({
        index: stages.length,
        from,
        name: name2,
        parent,
        image: parent ? null : image,
        instructions: []
      });
    } else {
      (stages.at(-1)?.instructions ?? preamble).push(instruction);
    }
  }
  const final = stages.at(-1) ?? null;
  const finalChain = [];
  for (let stage = final; stage && !finalChain.includes(stage); stage = stage.parent)
    finalChain.push(stage);
  return { preamble, stages, final, finalChain };
}
function chainInstructions(chain) {
  return [...chain].reverse().flatMap((stage) => stage.instructions);
}
function spanOf(range) {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1
  };
}
function instructionSpan(file, instruction) {
  const start2 = instruction.getRange().start;
  return file.lineSpan(
    start2.line + 1,
    start2.character + 1,
    (file.lines[start2.line] ?? "").trimEnd().length - start2.character
  );
}
function commandsOf(file, instruction) {
  const args2 = instruction.getArguments();
  const first = args2[0];
  if (!first) return [];
  const start2 = first.getRange().start;
  const exec = execForm(instruction.getArgumentsContent() ?? "");
  if (exec) {
    const at = (text) => ({
      text,
      line: start2.line + 1,
      column: start2.character + 1
    });
    if (exec.length >= 3 && /^(\/bin\/|\/usr\/bin\/)?(ba|da|a)?sh$/.test(exec[0] ?? "") && exec[1] === "-c") {
      return splitCommands((exec[2] ?? "").split(/\s+/).filter(Boolean).map(at), () => false);
    }
    return [exec.map(at)];
  }
  const escape = /\\\s*$/;
  const words = [];
  let heredoc = null;
  let previousLine = -1;
  const breaks = /* @__PURE__ */ new Set();
  for (const arg of args2) {
    const value = arg.getValue();
    const { line, character } = arg.getRange().start;
    const marker = /^<<-?["']?([A-Za-z_][\w-]*)["']?$/.exec(value);
    if (marker) {
      heredoc = marker[1] ?? null;
      continue;
    }
    if (heredoc && value === heredoc && (file.lines[line] ?? "").trim() === heredoc) {
      heredoc = null;
      continue;
    }
    if (previousLine >= 0 && line > previousLine && !escape.test(file.lines[previousLine] ?? ""))
      breaks.add(words.length);
    previousLine = line;
    words.push(...splitOperators(value, line + 1, character + 1));
  }
  return splitCommands(words, (index) => breaks.has(index));
}
function execForm(content) {
  const trimmed = content.trim();
  if (!trimmed.startsWith("[")) return null;
  try {
    const parsed3 = JSON.parse(trimmed);
    return Array.isArray(parsed3) && parsed3.every((item) => typeof item === "string") ? parsed3 : null;
  } catch {
    return null;
  }
}
var OPERATOR = /&&|\|\||[;|]/g;
function splitOperators(value, line, column) {
  const words = [];
  let last = 0;
  for (const match of value.matchAll(OPERATOR)) {
    const index = match.index ?? 0;
    if (index > last) words.push({ text: value.slice(last, index), line, column: column + last });
    words.push({ text: match[0], line, column: column + index });
    last = index + match[0].length;
  }
  if (last < value.length) words.push({ text: value.slice(last), line, column: column + last });
  return words;
}
function splitCommands(words, breaksBefore) {
  const commands = [];
  let current = [];
  words.forEach((word, index) => {
    if (breaksBefore(index) && current.length) {
      commands.push(current);
      current = [];
    }
    if (/^(&&|\|\||[;|&])$/.test(word.text)) {
      if (current.length) commands.push(current);
      current = [];
    } else {
      current.push(word);
    }
  });
  if (current.length) commands.push(current);
  return commands;
}
function bare(word) {
  return (word?.text ?? "").replace(/^["']+|["']+$/g, "");
}
var PREFIXES = /* @__PURE__ */ new Set([
  "sudo",
  "env",
  "exec",
  "then",
  "do",
  "else",
  "if",
  "elif",
  "while",
  "!",
  "time",
  "nohup",
  "{",
  "("
]);
function programIndex(command) {
  for (let index = 0; index < command.length; index++) {
    const text = bare(command[index]);
    if (PREFIXES.has(text) || /^[A-Za-z_][A-Za-z0-9_]*=/.test(text)) continue;
    if (text.startsWith("-") && index > 0 && /^(sudo|env)$/.test(bare(command[index - 1])))
      continue;
    return index;
  }
  return command.length;
}
function variablesSet(instructions) {
  const values = /* @__PURE__ */ new Map();
  for (const instruction of instructions) {
    const keyword = instruction.getKeyword();
    if (keyword !== "ENV" && keyword !== "ARG") continue;
    for (const property of instruction.getProperties())
      values.set(property.getName(), property.getValue());
  }
  return values;
}
function isDevelopmentDockerfile(path2) {
  const segments = path2.toLowerCase().split("/");
  const name2 = segments.pop() ?? "";
  if (segments.includes(".devcontainer")) return true;
  const words = [...segments, ...name2.split(/[^a-z0-9]+/)].flatMap(
    (segment) => segment.split(/[^a-z0-9]+/)
  );
  return words.some((word) => DEVELOPMENT_WORDS2.has(word));
}
var DEVELOPMENT_WORDS2 = /* @__PURE__ */ new Set([
  "dev",
  "devel",
  "develop",
  "development",
  "devcontainer",
  "test",
  "tests",
  "testing",
  "ci",
  "local",
  "debug"
]);

// src/patterns/dockerfile/build-tools-in-runtime.ts
var meta4 = {
  id: "PBP706",
  name: "docker-build-tools-in-runtime",
  tool: "patterns",
  section: "deployment",
  level: "note",
  precision: "high",
  summary: "Compilers and build packages are installed in a single-stage image.",
  docs: {
    what: "Finds compilers and build packages (gcc, g++, clang, build-essential, build-base, linux-headers, *-dev, *-devel) installed with apt-get, apt, apk, yum, dnf or microdnf in a single-stage Dockerfile and not removed again.",
    why: "A compiler and headers are only needed to build wheels. Left in the deployed image they add hundreds of megabytes and give anyone who gets a shell a toolchain to build exploits with.",
    example: "FROM python:3.12-slim\nRUN apt-get update && apt-get install -y gcc libpq-dev\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt",
    useInstead: "FROM python:3.12-slim AS builder\nRUN apt-get update && apt-get install -y gcc libpq-dev\nCOPY requirements.txt .\nRUN pip wheel --no-cache-dir --wheel-dir /wheels -r requirements.txt\n\nFROM python:3.12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends libpq5 && rm -rf /var/lib/apt/lists/*\nCOPY --from=builder /wheels /wheels\nRUN pip install --no-cache-dir /wheels/*"
  }
};
var BUILD_PACKAGE = /^(gcc|g\+\+|gcc-c\+\+|clang|build-essential|build-base|linux-headers|[a-z0-9][a-z0-9.+-]*-(dev|devel))$/;
var OPTION_WITH_VALUE = /^(--virtual|-t|-o|--option|--repository|-X|--enablerepo|--disablerepo|--setopt|--target-release|-c|--config-file)$/;
var dockerBuildToolsInRuntime = {
  kind: "text",
  meta: meta4,
  fileKinds: ["dockerfile"],
  check({ file, report }) {
    if (isDevelopmentDockerfile(file.path)) return;
    const { stages } = dockerfileModel(file);
    const only = stages[0];
    if (stages.length !== 1 || !only) return;
    const runs = only.instructions.filter((instruction) => instruction.getKeyword() === "RUN");
    const commands = runs.map((run2) => ({
      run: run2,
      packages: commandsOf(file, run2).map(packageCommand).filter((command) => command !== null)
    }));
    const removals = commands.flatMap((entry) => entry.packages).filter((command) => command.action === "remove");
    const removed = new Set(
      removals.flatMap((command) => command.packages.map((word) => stripVersion(bare(word))))
    );
    if ([...removed].some((name2) => name2.includes("$"))) return;
    for (const { packages } of commands) {
      const tools = packages.filter(
        (command) => command.action === "install" && !(command.virtual && removed.has(command.virtual))
      ).flatMap((command) => command.packages).filter(
        (word) => BUILD_PACKAGE.test(stripVersion(bare(word))) && !removed.has(stripVersion(bare(word)))
      );
      const first = tools[0];
      if (!first) continue;
      const names = [...new Set(tools.map((word) => stripVersion(bare(word))))].join(", ");
      report({
        at: {
          startLine: first.line,
          startColumn: first.column,
          endLine: first.line,
          endColumn: first.column + first.text.length
        },
        message: `${names} ${tools.length > 1 ? "are" : "is"} installed in the only stage, so ${tools.length > 1 ? "they ship" : "it ships"} in the deployed image; build wheels in a builder stage and copy only the results.`
      });
    }
  }
};
function stripVersion(name2) {
  return name2.replace(/[=<>~].*$/, "").toLowerCase();
}
function packageCommand(command) {
  const index = programIndex(command);
  const program = bare(command[index]).split("/").pop() ?? "";
  const rest = command.slice(index + 1);
  let action = null;
  let at = -1;
  const subcommand = rest.findIndex((word) => !bare(word).startsWith("-"));
  const verb = bare(rest[subcommand]);
  if (/^(apt-get|apt|aptitude)$/.test(program))
    action = verb === "install" ? "install" : /^(purge|remove|autoremove)$/.test(verb) ? "remove" : null;
  else if (program === "apk")
    action = verb === "add" ? "install" : verb === "del" ? "remove" : null;
  else if (/^(yum|dnf|microdnf|zypper)$/.test(program))
    action = /^(install|in)$/.test(verb) ? "install" : /^(remove|erase|rm)$/.test(verb) ? "remove" : null;
  if (!action) return null;
  at = subcommand + 1;
  const packages = [];
  let virtual = null;
  for (let position = at; position < rest.length; position++) {
    const text = bare(rest[position]);
    if (OPTION_WITH_VALUE.test(text)) {
      if (text === "--virtual" || program === "apk" && text === "-t")
        virtual = bare(rest[position + 1]);
      position++;
      continue;
    }
    const inline = /^--virtual=(.+)$/.exec(text);
    if (inline) virtual = inline[1] ?? null;
    if (text.startsWith("-") || text === "\\") continue;
    const word = rest[position];
    if (word) packages.push(word);
  }
  return { action, packages, virtual };
}

// src/patterns/python/secret-names.ts
var SECRET_WORDS = /* @__PURE__ */ new Set([
  "secret",
  "password",
  "passwd",
  "passphrase",
  "token",
  "apikey",
  "credential",
  "credentials"
]);
var KEY_QUALIFIERS = /* @__PURE__ */ new Set([
  "api",
  "secret",
  "private",
  "access",
  "signing",
  "encryption",
  "master",
  "client",
  "auth",
  "jwt",
  "session",
  "hmac",
  "fernet",
  "license"
]);
function nameWords(name2) {
  return name2.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}
function unnumberedWords(name2) {
  const words = nameWords(name2);
  while (words.length > 1 && /^\d+$/.test(words.at(-1) ?? "")) words.pop();
  const last = words.at(-1);
  if (last !== void 0) words[words.length - 1] = last.replace(/(?<=[a-z])\d+$/, "");
  return words;
}
function isSecretName(name2) {
  const words = unnumberedWords(name2);
  const last = words.at(-1);
  if (!last) return false;
  if (SECRET_WORDS.has(last)) return true;
  if (last === "key" && words.length > 1)
    return KEY_QUALIFIERS.has(words.at(-2) ?? "") || words.slice(0, -1).includes("secret");
  if (last === "pwd" && words.length > 1) return true;
  if (last === "pass") return PASS_OWNERS.has(words.at(-2) ?? "");
  const at = words.findIndex((word, i2) => word === "secret" && words[i2 + 1] === "key");
  return at >= 0 && words.slice(at + 2).every((word) => SECRET_KEY_VARIANTS.has(word));
}
var PASS_OWNERS = /* @__PURE__ */ new Set([
  "db",
  "database",
  "mysql",
  "postgres",
  "postgresql",
  "pg",
  "sql",
  "mssql",
  "oracle",
  "redis",
  "mongo",
  "mongodb",
  "rabbitmq",
  "amqp",
  "mq",
  "smtp",
  "mail",
  "email",
  "imap",
  "ftp",
  "sftp",
  "ssh",
  "ldap",
  "proxy",
  "admin",
  "root",
  "login",
  "account",
  "auth",
  "api",
  "app",
  "service"
]);
var SECRET_KEY_VARIANTS = /* @__PURE__ */ new Set([
  "hmac",
  "jwt",
  "signing",
  "encryption",
  "fallback",
  "fallbacks",
  "old",
  "new",
  "previous",
  "prev",
  "current",
  "primary",
  "secondary"
]);
function isPlaceholderValue(value, name2) {
  const trimmed = value.trim();
  if (trimmed.replace(/\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)/g, "_").length < 3) return true;
  if (!/[A-Za-z0-9]/.test(trimmed)) return true;
  if (/^[*x•.#-]+$/i.test(trimmed)) return true;
  if (/^<[^>]*>$|^\$\{[^}]*\}$|^\{\{[^}]*\}\}$|^%\([^)]*\)s$|^\$[A-Z_][A-Z0-9_]*$/.test(trimmed))
    return true;
  if (/^(none|null|nil|undefined|true|false|bearer|basic|token|string|str)$/i.test(trimmed))
    return true;
  if (/^(LDAP|OIDC|SSO|SAML|OAUTH2?|KERBEROS|EXTERNAL|REMOTE|DISABLED|UNUSABLE|LOCKED)$/.test(trimmed))
    return true;
  if (isFillInText(trimmed)) return true;
  if (/^(?:xox[abposr]|gh[pousr]|github_pat|sk|[prs]k_(?:live|test)|glpat|npm)[-_][A-Za-z]{1,15}$/.test(
    trimmed
  ))
    return true;
  if (/^_[a-z][a-z0-9_]*$/.test(trimmed)) return true;
  if (/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/.test(trimmed)) return true;
  if (SECRET_FIELD_NAME.test(trimmed)) return true;
  if (isHeaderName(trimmed)) return true;
  if (name2 && nameWords(name2).join("_") === nameWords(trimmed).join("_")) return true;
  if (isPhrase(trimmed)) return true;
  return false;
}
var SECRET_FIELD_NAME = /^(private_key(_id)?|client_secret|(access|refresh|id|auth|session|bearer)_token|api_key|(secret_)?access_key(_id)?|secret_access_key)$/;
function isPhrase(value) {
  return /\s\S+\s\S+/.test(value.trim());
}
function isFillInText(value) {
  return /^(your[-_ ].*|xxx+.*|dummy|fake|placeholder|redacted)$/i.test(value.trim());
}
function isHeaderName(value) {
  const parts2 = value.split("-");
  if (parts2.length < 2 || !parts2.every((part) => /^[A-Z][A-Za-z]*$/.test(part))) return false;
  return parts2.length >= 3 || parts2[0] === "X" || /^(Authorization|Authentication|Credentials|Token|Key|Cookie|Signature)$/.test(parts2[1] ?? "");
}
function isSigningKeyName(name2) {
  const words = nameWords(name2);
  const last = words.at(-1);
  const before = words.slice(0, -1);
  if (before.includes("access")) return false;
  if (last === "key")
    return before.some(
      (word) => ["secret", "signing", "jwt", "session", "hmac", "fernet", "encryption", "private"].includes(
        word
      )
    );
  if (last === "secret")
    return before.some(
      (word) => ["jwt", "session", "signing", "app", "cookie", "hmac", "flask", "django"].includes(word)
    );
  return false;
}
function inlineCredentials(value) {
  const match = /^[a-z][a-z0-9+.-]*:\/\/([^/\s:@]+):([^/\s@]+)@[^\s]/i.exec(value.trim());
  return match ? { user: match[1] ?? "", password: match[2] ?? "" } : null;
}
function hasInlineCredentials(value) {
  const password = inlineCredentials(value)?.password;
  if (password === void 0) return false;
  return !isPlaceholderValue(password) && !/\$\{?[A-Za-z_]|\{[^}]*\}|<[^>]*>|%\(\w*\)s|[{}<>]/.test(password);
}
function isTokenName(name2) {
  return nameWords(name2).at(-1) === "token";
}
function looksLikeIssuedToken(value) {
  if (/^[a-z]+(?:-[a-z]+)*(?:[/.][a-z]+(?:-[a-z]+)*)+$/.test(value.trim())) return false;
  return /^[A-Za-z0-9_\-+/=.:~]{8,}$/.test(value.trim()) && /[0-9_-]|[a-z][A-Z]|[A-Z][a-z]/.test(value);
}
function isPlainName(name2) {
  return !/[./\s:]/.test(name2);
}

// src/patterns/deps/secret-values.ts
var STAND_IN = /dummy|placeholder|fixme|todo|tbd|change[-_ ]?(me|this|it)|change[-_ ]?(in[-_ ]?)?prod|fake|example|sample|redacted|replace[-_ ]?(me|this|with)|not[-_ ]?set|(^|[-_ ])(goes[-_ ])?here$|from[-_ ](the[-_ ])?(vault|env|environment)|secrets?[-_ ]?manager|(^|[-_ ])your[-_]|^unset$|^empty$|^build$|^collectstatic$/i;
var URL_STAND_IN = /^(pass|password|passwd|pwd|secret|pw)$/i;
function isLiteralSecretValue(name2, value) {
  const trimmed = value.trim();
  if (trimmed === "") return false;
  if (/\$\{?[A-Za-z_]/.test(trimmed)) return false;
  if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(trimmed)) return true;
  if (isPlaceholderValue(trimmed, name2) || /^\{[^{}]*\}$|^\[[^[\]]*\]$/.test(trimmed)) return false;
  if (/^(\/|\.\.?\/|~\/)/.test(trimmed)) return false;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) return urlHoldsCredential(trimmed);
  if (STAND_IN.test(trimmed)) return false;
  return true;
}
function urlHoldsCredential(value) {
  const credentials = inlineCredentials(value);
  if (!credentials || !hasInlineCredentials(value)) return false;
  const { user, password } = credentials;
  return !(URL_STAND_IN.test(password) || STAND_IN.test(password) || password === user);
}

// src/patterns/dockerfile/docker-secret.ts
var meta5 = {
  id: "PBP705",
  name: "docker-secret",
  tool: "patterns",
  section: "deployment",
  level: "error",
  precision: "high",
  summary: "A secret is written into the Dockerfile with ENV or ARG.",
  tags: ["security", "external/cwe/cwe-798"],
  cwe: ["CWE-798"],
  securitySeverity: 8,
  docs: {
    what: "Finds ENV and ARG instructions that give a secret-named variable (SECRET_KEY, DB_PASSWORD, STRIPE_API_KEY, *_TOKEN \u2026) a literal value. Values taken from other variables, placeholders and file paths are not reported.",
    why: "The value is in the repository, in every copy of the image and in its metadata (docker history, docker inspect), readable by anyone who can pull the image; rotating it means rebuilding and redeploying every image.",
    example: "ENV STRIPE_API_KEY=sk_live_51Hq\u2026\nARG GITHUB_TOKEN=ghp_\u2026",
    useInstead: "# at run time, from the platform's secret store:\ndocker run -e STRIPE_API_KEY \u2026\n# at build time, without leaving it in the image (BuildKit):\nRUN --mount=type=secret,id=github_token GITHUB_TOKEN=$(cat /run/secrets/github_token) pip install \u2026"
  }
};
var dockerSecret = {
  kind: "text",
  meta: meta5,
  fileKinds: ["dockerfile"],
  check({ file, report }) {
    if (isTestPath(file.path)) return;
    const { preamble, stages } = dockerfileModel(file);
    for (const instructions of [preamble, ...stages.map((stage) => stage.instructions)]) {
      for (const instruction of instructions) {
        const keyword = instruction.getKeyword();
        if (keyword !== "ENV" && keyword !== "ARG") continue;
        for (const property of instruction.getProperties()) {
          const name2 = property.getName();
          const value = property.getValue();
          if (value === null || !isSecretName(name2) || !isLiteralSecretValue(name2, value)) continue;
          report({
            at: spanOf(property.getNameRange()),
            message: `${keyword} ${name2} writes a secret into the image and the repository; pass it at run time (environment, secret store) or, for the build, with a BuildKit secret mount.`
          });
        }
      }
    }
  }
};

// src/patterns/dockerfile/env-file.ts
var ENTRY = /^(\s*(?:export\s+)?)([A-Za-z_][A-Za-z0-9_.-]*)\s*=[ \t]*(.*)$/;
var cache2 = /* @__PURE__ */ new WeakMap();
function envEntries(file) {
  let entries = cache2.get(file);
  if (!entries) {
    entries = parseEnv(file.lines);
    cache2.set(file, entries);
  }
  return entries;
}
function parseEnv(lines) {
  const entries = [];
  for (let index = 0; index < lines.length; index++) {
    const match = ENTRY.exec(lines[index] ?? "");
    if (!match) continue;
    const key = match[2] ?? "";
    const column = (match[1]?.length ?? 0) + 1;
    const entry = { key, line: index + 1, column, endColumn: column + key.length };
    let rest = match[3] ?? "";
    const quote = rest[0];
    if (quote === '"' || quote === "'") {
      let value = "";
      rest = rest.slice(1);
      for (; ; ) {
        const end = closing(rest, quote);
        if (end >= 0) {
          value += rest.slice(0, end);
          break;
        }
        value += `${rest}
`;
        if (index + 1 >= lines.length) break;
        rest = lines[++index] ?? "";
      }
      entries.push({ ...entry, value });
    } else {
      entries.push({ ...entry, value: rest.replace(/(^|\s)#.*$/, "").trim() });
    }
  }
  return entries;
}
function closing(text, quote) {
  for (let index = 0; index < text.length; index++) {
    if (quote === '"' && text[index] === "\\") {
      index++;
      continue;
    }
    if (text[index] === quote) return index;
  }
  return -1;
}
function isEnvTemplate(path2) {
  const name2 = (path2.split("/").pop() ?? "").toLowerCase();
  return /(^|[._-])(example|examples|sample|samples|template|templates|tmpl|tpl|dist|defaults?|skel|schema)([._-]|$)/.test(
    name2
  );
}
function isTestEnvFile(path2) {
  const segments = path2.toLowerCase().split("/");
  const name2 = segments.pop() ?? "";
  if (segments.some((segment) => segment === "tests" || segment === "test")) return true;
  return name2.split(/[._-]/).some((word) => word === "test" || word === "tests" || word === "testing" || word === "ci");
}
function isProductionEnvFile(path2) {
  return path2.toLowerCase().split("/").flatMap((segment) => segment.split(/[._-]/)).some((word) => word === "production" || word === "prod" || word === "prd");
}

// src/patterns/dockerfile/env-file-debug.ts
var meta6 = {
  id: "PBP708",
  name: "env-file-debug",
  tool: "patterns",
  section: "deployment",
  level: "warning",
  precision: "very-high",
  summary: "A production env file turns debug mode on.",
  docs: {
    what: "Finds DEBUG (DJANGO_DEBUG, FLASK_DEBUG, APP_DEBUG) set to a true value, or ENVIRONMENT (ENV, APP_ENV, FLASK_ENV, DJANGO_ENV, NODE_ENV) set to development or local, in an env file whose name says production.",
    why: "Debug mode in production shows stack traces and settings to anyone who triggers an error (Werkzeug's debugger even runs code they send), and switches off safeguards the framework keeps for production.",
    example: "# .env.production\nENVIRONMENT=production\nDEBUG=true",
    useInstead: "# .env.production\nENVIRONMENT=production\nDEBUG=false"
  }
};
var DEBUG_KEY = /^(DJANGO_|FLASK_|APP_)?DEBUG$/i;
var ENVIRONMENT_KEY = /^(ENVIRONMENT|ENV|APP_ENV|APP_ENVIRONMENT|FLASK_ENV|DJANGO_ENV|NODE_ENV|PYTHON_ENV)$/i;
var envFileDebug = {
  kind: "text",
  meta: meta6,
  fileKinds: ["env"],
  check({ file, report }) {
    if (!isProductionEnvFile(file.path)) return;
    for (const entry of envEntries(file)) {
      const value = entry.value.trim().toLowerCase();
      let message = null;
      if (DEBUG_KEY.test(entry.key) && /^(true|1|yes|on|y)$/.test(value)) {
        message = `${entry.key} turns debug mode on in a production env file, which shows stack traces and settings to anyone who triggers an error; set it to false.`;
      } else if (ENVIRONMENT_KEY.test(entry.key) && /^(development|develop|dev|local)$/.test(value)) {
        message = `${entry.key} is "${value}" in a production env file, so the app runs with development settings; set it to production.`;
      }
      if (message)
        report({
          at: {
            startLine: entry.line,
            startColumn: entry.column,
            endLine: entry.line,
            endColumn: entry.endColumn
          },
          message
        });
    }
  }
};

// src/patterns/dockerfile/env-file-secret.ts
var meta7 = {
  id: "PBP707",
  name: "env-file-secret",
  tool: "patterns",
  section: "deployment",
  level: "error",
  precision: "high",
  summary: "A committed env file holds a secret.",
  tags: ["security", "external/cwe/cwe-798"],
  cwe: ["CWE-798"],
  securitySeverity: 8,
  docs: {
    what: "Finds committed env files (.env, .env.production, *.env) that give a secret-named key (SECRET_KEY, *_PASSWORD, *_API_KEY, *_TOKEN \u2026) a value, or hold a password inside a URL under any key (DATABASE_URL=postgresql://app:\u2026@db/app). Templates (.env.example, .sample, .template), test and CI env files, empty values, variable references and placeholders are not reported.",
    why: "An env file exists to keep secrets out of the code. Committed, it puts them into every clone, fork and CI log, and into git history even after the file is deleted.",
    example: "# .env.production (committed)\nSECRET_KEY=s3cr3t-prod-8f2a4c91\nDATABASE_PASSWORD=hunter2",
    useInstead: "# .env.example (committed): names only\nSECRET_KEY=\nDATABASE_PASSWORD=\n\n# .gitignore\n.env\n.env.*\n!.env.example"
  }
};
var PUBLIC_PREFIX = /^(NEXT_PUBLIC_|NUXT_PUBLIC_|EXPO_PUBLIC_|REACT_APP_|VITE_|VUE_APP_|GATSBY_|PUBLIC_)/;
var envFileSecret = {
  kind: "text",
  meta: meta7,
  fileKinds: ["env"],
  check({ file, report }) {
    if (isEnvTemplate(file.path) || isTestEnvFile(file.path)) return;
    for (const entry of envEntries(file)) {
      if (PUBLIC_PREFIX.test(entry.key)) continue;
      const named = isSecretName(entry.key);
      if (named ? !isLiteralSecretValue(entry.key, entry.value) : !urlHoldsCredential(entry.value))
        continue;
      const what = named ? "is set to a secret" : "holds a password in its URL";
      report({
        at: {
          startLine: entry.line,
          startColumn: entry.column,
          endLine: entry.line,
          endColumn: entry.endColumn
        },
        message: `${entry.key} ${what} in a committed env file; keep the file out of git (commit a .env.example with empty values) and rotate the secret.`
      });
    }
  }
};

// src/patterns/dockerfile/no-healthcheck.ts
var meta8 = {
  id: "PBP704",
  name: "docker-no-healthcheck",
  tool: "patterns",
  section: "deployment",
  level: "note",
  precision: "medium",
  summary: "The image runs a server but declares no HEALTHCHECK.",
  docs: {
    what: "Finds Dockerfiles whose final image exposes a port or starts a server (uvicorn, gunicorn, hypercorn, daphne, granian, uWSGI, flask run, runserver, nginx \u2026) without a HEALTHCHECK; a healthcheck on the compose service that builds the image counts too.",
    why: "Without a health check the orchestrator only knows the process is alive: a server stuck on a dead database connection keeps getting traffic, and a rollout cannot wait for the new container to become ready.",
    example: 'EXPOSE 8000\nCMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]',
    useInstead: `EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s --start-period=5s \\
    CMD python -c "import urllib.request; urllib.request.urlopen('http://localhost:8000/health')"
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]`
  }
};
var SERVER = /\b(uvicorn|gunicorn|hypercorn|daphne|granian|uwsgi|waitress-serve|runserver|nginx|httpd|caddy|streamlit["',\s]+run|flask\b.*["',\s]run|fastapi["',\s]+(run|dev)|litestar["',\s]+run)\b/;
var dockerNoHealthcheck = {
  kind: "text",
  meta: meta8,
  fileKinds: ["dockerfile"],
  check({ file, project, report }) {
    if (isDevelopmentDockerfile(file.path)) return;
    const { final, finalChain } = dockerfileModel(file);
    if (!final) return;
    const instructions = chainInstructions(finalChain);
    if (instructions.some((instruction) => instruction.getKeyword() === "HEALTHCHECK")) return;
    if (project.composeHealthchecks?.includes(file.path)) return;
    const exposes = instructions.some((instruction) => instruction.getKeyword() === "EXPOSE");
    const start2 = instructions.filter(
      (instruction) => instruction.getKeyword() === "CMD" || instruction.getKeyword() === "ENTRYPOINT"
    );
    const serves = start2.some(
      (instruction) => SERVER.test(instruction.getArgumentsContent() ?? "")
    );
    if (!exposes && !serves) return;
    report({
      at: instructionSpan(file, final.from),
      message: `The final image ${exposes ? "exposes a port" : "starts a server"} but declares no HEALTHCHECK, so a hung server keeps getting traffic; add a HEALTHCHECK that calls a health endpoint.`
    });
  }
};

// src/patterns/dockerfile/pip-cache.ts
var meta9 = {
  id: "PBP703",
  name: "docker-pip-cache",
  tool: "patterns",
  section: "deployment",
  level: "note",
  precision: "very-high",
  summary: "pip install in the image keeps its download cache in the layer.",
  overlaps: ["hadolint/DL3042"],
  docs: {
    what: "Finds pip install commands in the final image (pip, pip3, python -m pip, sh -c, heredocs) without --no-cache-dir, unless PIP_NO_CACHE_DIR is set, a BuildKit cache mount is used or the cache is removed in the same RUN.",
    why: "pip keeps every downloaded wheel in /root/.cache/pip. Inside an image that cache is never used again, but it ships with the layer and makes every pull slower.",
    example: "COPY requirements.txt .\nRUN pip install -r requirements.txt",
    useInstead: "COPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n\n# or, with BuildKit, keep the cache outside the image:\nRUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt"
  }
};
var dockerPipCache = {
  kind: "text",
  meta: meta9,
  fileKinds: ["dockerfile"],
  check({ file, report }) {
    const { finalChain } = dockerfileModel(file);
    const instructions = chainInstructions(finalChain);
    if (variablesSet(instructions).has("PIP_NO_CACHE_DIR") || configuresPip(instructions)) return;
    for (const run2 of instructions) {
      if (run2.getKeyword() !== "RUN") continue;
      if (run2.getFlags().some(
        (flag) => flag.getName() === "mount" && /(^|,)type=cache(,|$)/.test(flag.getValue() ?? "")
      ))
        continue;
      const content = run2.getArgumentsContent() ?? "";
      if (/\brm\s[^;&|]*\.cache\b|\bpip[\d.]*\s+cache\s+(purge|remove)\b/.test(content)) continue;
      let disabled = false;
      for (const command of commandsOf(file, run2)) {
        if (command.some((word) => /^PIP_NO_CACHE_DIR=/.test(bare(word)))) disabled = true;
        if (!disabled && isPipInstall(command) && !command.some((word) => bare(word).startsWith("--no-cache"))) {
          report({
            at: instructionSpan(file, run2),
            message: "This pip install keeps its download cache in the image layer; add --no-cache-dir (or set ENV PIP_NO_CACHE_DIR=1)."
          });
          break;
        }
      }
    }
  }
};
function isPipInstall(command) {
  const index = programIndex(command);
  const program = bare(command[index]).split("/").pop() ?? "";
  let rest = command.slice(index + 1).map(bare);
  if (/^python(\d+(\.\d+)?)?$/.test(program)) {
    const module2 = rest.indexOf("-m");
    if (module2 < 0 || rest[module2 + 1] !== "pip") return false;
    rest = rest.slice(module2 + 2);
  } else if (!/^pip(\d+(\.\d+)?)?$/.test(program)) {
    return false;
  }
  return rest.find((word) => !word.startsWith("-")) === "install";
}
function configuresPip(instructions) {
  return instructions.some((instruction) => {
    const keyword = instruction.getKeyword();
    const content = instruction.getArgumentsContent() ?? "";
    if (keyword === "COPY" || keyword === "ADD") return /pip\.conf|pip\.ini/.test(content);
    return keyword === "RUN" && /\bpip[\d.]*\s+config\s+set\b[^\n]*no-cache-dir/.test(content);
  });
}

// src/patterns/dockerfile/runs-as-root.ts
var meta10 = {
  id: "PBP701",
  name: "docker-runs-as-root",
  tool: "patterns",
  section: "deployment",
  level: "warning",
  precision: "high",
  summary: "The image runs its process as root: the final stage sets no unprivileged USER.",
  docs: {
    what: "Finds Dockerfiles whose final stage never switches to an unprivileged USER (or ends with USER root). Base images that already run unprivileged or whose entrypoint switches to a service user (postgres, redis \u2026), FROM scratch, images that drop privileges at start (gosu, su-exec, gunicorn --user) and development images are not reported.",
    why: "A process running as root in the container owns every mounted file and is one runtime or kernel bug away from root on the host; an exploited dependency inherits all of it.",
    example: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCMD ["uvicorn", "app.main:app", "--host", "0.0.0.0"]',
    useInstead: 'FROM python:3.12-slim\nRUN useradd --create-home --uid 10001 app\nWORKDIR /app\nCOPY --chown=app:app . .\nUSER app\nCMD ["uvicorn", "app.main:app", "--host", "0.0.0.0"]'
  }
};
var UNPRIVILEGED_IMAGE = /nonroot|non-root|rootless|unprivileged|(^|\/)chainguard\/|^cgr\.dev\/|(^|\/)bitnami\/|(^|\/)ubi\d*\/python-|(^|\/)jupyter\/|^apache\/airflow/i;
var DROPS_AT_START_IMAGE = /^(postgres|postgis|mysql|mariadb|percona|mongo|redis|valkey|rabbitmq|elasticsearch|opensearch|memcached|cassandra|couchdb|influxdb|zookeeper|solr|grafana|prometheus|alertmanager|minio|keycloak|jenkins|sonarqube|neo4j|clickhouse-server|nginx-unprivileged)$/;
var WINDOWS_IMAGE = /(^|\/)windows\/|servercore|nanoserver/i;
var DROPS_PRIVILEGES = /\b(gosu|su-exec|setpriv|runuser|chpst|s6-setuidgid|setuidgid|setuser)\b|\b(gunicorn|uwsgi)\b.*["'\s]--(user|uid)["'=\s]/;
var dockerRunsAsRoot = {
  kind: "text",
  meta: meta10,
  fileKinds: ["dockerfile"],
  check({ file, report }) {
    if (isDevelopmentDockerfile(file.path)) return;
    const { final, finalChain } = dockerfileModel(file);
    const base = finalChain.at(-1);
    if (!final || !base?.image) return;
    const instructions = chainInstructions(finalChain);
    const lastUser = instructions.filter((instruction) => instruction.getKeyword() === "USER").at(-1);
    if (lastUser) {
      if (isRoot(lastUser)) {
        report({
          at: instructionSpan(file, lastUser),
          message: "The final stage switches back to root here, so the container runs as root; end with USER set to an unprivileged user."
        });
      }
      return;
    }
    if (/^scratch$/i.test(base.image) || base.image.includes("$") || UNPRIVILEGED_IMAGE.test(base.image))
      return;
    if (DROPS_AT_START_IMAGE.test(imageName(base.image)) || WINDOWS_IMAGE.test(base.image)) return;
    if (DROPS_PRIVILEGES.test(file.text)) return;
    report({
      at: instructionSpan(file, final.from),
      message: "The final stage never sets a USER, so the container runs as root; create an unprivileged user and switch to it with USER before CMD."
    });
  }
};
function imageName(image) {
  return (image.split("@")[0]?.split("/").pop() ?? "").split(":")[0]?.toLowerCase() ?? "";
}
function isRoot(user) {
  const name2 = (user.getArgumentsContent() ?? "").trim().split(":")[0] ?? "";
  return name2 === "root" || name2 === "0";
}

// src/patterns/dockerfile/unpinned-base.ts
var meta11 = {
  id: "PBP702",
  name: "docker-unpinned-base",
  tool: "patterns",
  section: "deployment",
  level: "warning",
  precision: "very-high",
  summary: "A base image without a tag or with :latest changes under the build.",
  overlaps: ["hadolint/DL3006", "hadolint/DL3007"],
  docs: {
    what: "Finds FROM lines whose base image has no tag or the tag latest. Stage names, FROM scratch and images given by a build argument are not reported.",
    why: "latest is whatever was pushed last: two builds of the same commit get different Python versions and system libraries, and rebuilding for a one-line fix can ship a new major version.",
    example: "FROM python:latest\nFROM python",
    useInstead: "FROM python:3.12-slim\nFROM python:3.12-slim@sha256:<digest>"
  }
};
var dockerUnpinnedBase = {
  kind: "text",
  meta: meta11,
  fileKinds: ["dockerfile"],
  check({ file, report }) {
    for (const stage of dockerfileModel(file).stages) {
      const image = stage.image;
      const range = stage.from.getImageRange();
      if (!image || !range || /^scratch$/i.test(image) || image.includes("$")) continue;
      if (stage.from.getImageDigest()) continue;
      const tag = stage.from.getImageTag();
      const name2 = image.replace(/:latest$/, "");
      if (tag === null) {
        report({
          at: spanOf(range),
          message: `"${image}" has no tag, so every build takes whatever :latest is that day; pin a version tag (${name2}:<version>) or a digest.`
        });
      } else if (tag === "latest") {
        report({
          at: spanOf(range),
          message: `"${image}" follows :latest, so every build takes whatever was pushed last; pin a version tag (${name2}:<version>) or a digest.`
        });
      }
    }
  }
};

// src/patterns/dockerfile/index.ts
var DEPLOYMENT_RULES = [
  dockerRunsAsRoot,
  dockerUnpinnedBase,
  dockerPipCache,
  dockerNoHealthcheck,
  dockerSecret,
  dockerBuildToolsInRuntime,
  envFileSecret,
  envFileDebug
];

// src/patterns/meta-rules.ts
var EXPIRED_SUPPRESSION_RULE = {
  id: "PBP001",
  name: "expired-suppression",
  tool: "patterns",
  section: "code-quality",
  level: "warning",
  precision: "very-high",
  summary: "A suppression in [tool.pybp] suppress is past its expiry date and no longer applies.",
  docs: {
    what: "Reports an entry of the `[[tool.pybp.suppress]]` list whose `expires` date has come. From that day (00:00 UTC) the entry stops suppressing: the findings it excused are reported again, and this finding points at the entry in the config file.",
    why: 'A suppression is a decision made for a time: "until the vendor ships a fix", "until the legacy module is rewritten". Without a date it outlives the reason it was written for, and the accepted risk quietly becomes permanent. An expiry date makes someone look again.',
    example: '[[tool.pybp.suppress]]\nrule = "PYSEC-2024-48"\nreason = "No fixed release yet; the affected parser is not reachable from our API"\nowner = "@platform-team"\nexpires = 2024-06-30',
    useInstead: '# Fixed: the entry is deleted. Or, still needed: look again, then renew it.\n[[tool.pybp.suppress]]\nrule = "PYSEC-2024-48"\nreason = "Re-checked 2024-07-01: still no fix; parser still unreachable (see link)"\nowner = "@platform-team"\nexpires = 2024-09-30\nlink = "https://github.com/example/service/issues/412"'
  }
};
var UNUSED_SUPPRESSION_RULE = {
  id: "PBP002",
  name: "unused-suppression",
  tool: "patterns",
  section: "code-quality",
  level: "note",
  precision: "very-high",
  summary: "A suppression in [tool.pybp] suppress matched no finding; remove it.",
  docs: {
    what: "Reports an entry of the `[[tool.pybp.suppress]]` list that matched no finding when every file was checked and the tool its rule belongs to ran. Runs on some files only (`--files`, pre-commit) never report it.",
    why: "An entry that excuses nothing is left over from code that was fixed or deleted. Left in place it would silently excuse the same problem when it comes back, and the list of accepted risks grows instead of shrinking.",
    example: '# legacy/ was deleted months ago\n[[tool.pybp.suppress]]\nrule = "flake8/E501"\npath = "legacy/**"\nreason = "Generated code, rewritten in Q3"',
    useInstead: "# The entry is deleted."
  }
};
var META_RULES = [EXPIRED_SUPPRESSION_RULE, UNUSED_SUPPRESSION_RULE];

// src/patterns/parse-error.ts
var PARSE_ERROR_RULE = {
  id: "PBP000",
  name: "parse-error",
  tool: "patterns",
  section: "code-quality",
  level: "note",
  precision: "very-high",
  summary: "A Python file does not parse; the parts that do were still checked.",
  docs: {
    what: 'Reports the first syntax error in a Python file that the pattern engine could not fully parse, and Python 2 print and exec statements (print "x"), which the parser accepts and Python 3 does not.',
    why: "Code that does not parse cannot run, and every check on it is partial. The parts of the file that do parse are still checked.",
    example: "def broken(:\n    pass",
    useInstead: "def fixed() -> None:\n    pass"
  }
};
var PYTHON2_KEYWORD = /(?<![\w.])(?:print|exec)(?:[ \t]+(?!(?:in|is|and|or|not|if|else|for|async)(?!\w))(?=[\w'"{`])|(?=['"]))/g;
function python2Statement(file) {
  const text = file.text;
  PYTHON2_KEYWORD.lastIndex = 0;
  for (let match = PYTHON2_KEYWORD.exec(text); match; match = PYTHON2_KEYWORD.exec(text)) {
    const leaf = file.root.descendantForIndex(match.index, match.index + match[0].trimEnd().length);
    const statement = leaf?.parent;
    if (statement?.type === "print_statement" || statement?.type === "exec_statement")
      return statement;
  }
  return null;
}

// src/patterns/python/semantic/errors-handlers.ts
var EXCEPT_TYPES2 = /* @__PURE__ */ new Set(["except_clause", "except_group_clause"]);
function exceptHeaderSpan(file, clause) {
  const start2 = file.spanOf(clause);
  const colon = clause.children.find((child) => child?.type === ":");
  const end = colon ? file.spanOf(colon) : start2;
  return {
    startLine: start2.startLine,
    startColumn: start2.startColumn,
    endLine: end.endLine,
    endColumn: end.endColumn
  };
}
function exceptBody(clause) {
  return clause.namedChildren.find((child) => child?.type === "block") ?? null;
}
function exceptAlias(clause) {
  const alias = clause.childForFieldName("alias");
  if (alias?.type === "identifier") return alias;
  for (const child of clause.namedChildren) {
    if (child?.type !== "as_pattern") continue;
    const target = child.childForFieldName("alias");
    const name2 = target?.type === "identifier" ? target : target?.namedChildren[0];
    if (name2?.type === "identifier") return name2;
  }
  return null;
}
function caughtTypes(clause) {
  const types = [];
  const alias = clause.childForFieldName("alias")?.id;
  const add2 = (node) => {
    if (!node) return;
    if (node.type === "as_pattern")
      add2(node.namedChildren.find((child) => child?.type !== "as_pattern_target"));
    else if (node.type === "tuple" || node.type === "parenthesized_expression")
      for (const child of node.namedChildren) add2(child);
    else if (node.type !== "comment" && node.type !== "block" && node.type !== "as_pattern_target")
      types.push(node);
  };
  for (const child of clause.namedChildren) {
    if (child?.type === "block") break;
    if (child && child.id !== alias) add2(child);
  }
  return types;
}
function isBroadExcept(file, clause) {
  if (file.typeOf(clause) !== "except_clause") return null;
  if (!mayBeBroad(file, clause)) return null;
  const types = caughtTypes(clause);
  if (types.length === 0) return "bare";
  for (const type of types) {
    const name2 = file.qualifiedName(type);
    if (name2 === "Exception" || name2 === "builtins.Exception") return "Exception";
    if (name2 === "BaseException" || name2 === "builtins.BaseException") return "BaseException";
  }
  return null;
}
function mayBeBroad(file, clause) {
  const text = file.text;
  const start2 = clause.startIndex;
  if (!text.startsWith("except", start2) || hasErrors(file)) return true;
  NAMED_TYPE.lastIndex = start2 + 6;
  if (!NAMED_TYPE.test(text)) return true;
  const header = text.slice(start2, exceptBody(clause)?.startIndex ?? clause.endIndex);
  if (header.includes("Exception")) return true;
  return broadAliases(file).some((alias) => header.includes(alias));
}
var NAMED_TYPE = /[ \t\f]*[\w'"\u0080-\uffff]/y;
var erroneous = /* @__PURE__ */ new WeakMap();
function hasErrors(file) {
  let errors = erroneous.get(file);
  if (errors === void 0) {
    errors = file.root.hasError;
    erroneous.set(file, errors);
  }
  return errors;
}
var BROAD_NAMES = /* @__PURE__ */ new Set([
  "Exception",
  "builtins.Exception",
  "BaseException",
  "builtins.BaseException"
]);
var broadAliasCache = /* @__PURE__ */ new WeakMap();
function broadAliases(file) {
  let aliases = broadAliasCache.get(file);
  if (!aliases) {
    aliases = [];
    if (mayImportExceptionAs(file.text)) {
      for (const [local, qualified] of file.imports())
        if (BROAD_NAMES.has(qualified)) aliases.push(local);
    }
    broadAliasCache.set(file, aliases);
  }
  return aliases;
}
var ALIASED_EXCEPTION = /Exception(?:[\s\\]|#[^\n]*)*as(?![\w\u0080-\uffff])/g;
function isNamePart(code) {
  return code >= 48 && code <= 57 || code >= 65 && code <= 90 || code >= 97 && code <= 122 || code === 95 || code === 46 || code >= 128;
}
function mayImportExceptionAs(text) {
  for (const match of text.matchAll(ALIASED_EXCEPTION)) {
    let at = match.index - 1;
    while (at >= 0 && isNamePart(text.charCodeAt(at))) at--;
    while (at >= 0 && " 	*".includes(text.charAt(at))) at--;
    const clause = text.startsWith("except", at - 5) && !isNamePart(text.charCodeAt(at - 6));
    if (!clause) return true;
  }
  return false;
}
function enclosingExceptClause(file, node) {
  const clause = file.enclosing(node, EXCEPT_TYPES2);
  if (!clause) return null;
  const body2 = exceptBody(clause);
  return body2 && body2.startIndex <= node.startIndex && node.endIndex <= body2.endIndex ? clause : null;
}
var ERROR_HANDLER_DECORATOR = /(^|\.)(exception_handler|errorhandler|app_errorhandler|error_handler)$/;
var EXCEPTION_PARAMETER = /^(e|ex|exc|err|error|exception)$/;
var EXCEPTION_TYPE = /(^|\.)(\w*Exception|\w*Error)$/;
function exceptionNamesAt(file, node, skipTypes) {
  const names = /* @__PURE__ */ new Set();
  const skipped = (types) => skipTypes !== void 0 && types.length > 0 && types.every((type2) => skipTypes.test(type2));
  let current = file.parentOf(node);
  let child = node;
  let type = "";
  while (current) {
    type = file.typeOf(current);
    if (EXCEPT_TYPES2.has(type)) {
      const body2 = exceptBody(current);
      const alias = exceptAlias(current);
      const types = caughtTypes(current).map((caught) => file.qualifiedName(caught) ?? caught.text);
      if (alias && body2 && child.id === body2.id && !skipped(types)) names.add(alias.text);
    }
    if (type === "function_definition" || type === "lambda") break;
    child = current;
    current = file.parentOf(current);
  }
  if (!current || type !== "function_definition") return names;
  const registered = errorHandlerRegistrations(file, current);
  if (registered !== null && skipTypes && (registered.some((type2) => /^\d+$/.test(type2)) || skipped(registered)))
    return names;
  for (const parameter of current.childForFieldName("parameters")?.namedChildren ?? []) {
    if (!parameter) continue;
    const name2 = parameter.type === "identifier" ? parameter : parameter.namedChildren.find((c) => c?.type === "identifier");
    if (!name2 || name2.type !== "identifier") continue;
    const annotation = parameter.childForFieldName("type")?.text.trim();
    if (annotation) {
      if (EXCEPTION_TYPE.test(annotation) && !skipped([annotation])) names.add(name2.text);
    } else if (registered !== null && EXCEPTION_PARAMETER.test(name2.text)) {
      names.add(name2.text);
    }
  }
  return names;
}
function isErrorHandler(file, fn) {
  return errorHandlerRegistrations(file, fn) !== null;
}
function errorHandlerRegistrations(file, fn) {
  const decorated = file.parentOf(fn);
  if (!decorated || file.typeOf(decorated) !== "decorated_definition") return null;
  for (const decorator of decorated.namedChildren) {
    if (decorator?.type !== "decorator") continue;
    const expression = decorator.namedChildren[0];
    const target = expression?.type === "call" ? expression.childForFieldName("function") : expression;
    const name2 = file.qualifiedName(target ?? null);
    if (name2 === null || !ERROR_HANDLER_DECORATOR.test(name2)) continue;
    if (expression?.type !== "call") return [];
    return file.positionalArguments(expression).map((arg) => file.qualifiedName(arg) ?? arg.text);
  }
  return null;
}
function raisedClassName(file, statement) {
  const raised = statement.namedChildren.find((child) => child?.type !== "comment") ?? null;
  const target = raised?.type === "call" ? raised.childForFieldName("function") : raised;
  return file.qualifiedName(target ?? null) ?? "";
}

// src/patterns/python/error-handling/bare-except.ts
var meta12 = {
  id: "PBP601",
  name: "bare-except",
  tool: "patterns",
  section: "error-handling",
  level: "warning",
  precision: "very-high",
  summary: "An `except:` clause catches every exception, including KeyboardInterrupt and SystemExit.",
  overlaps: ["flake8/E722"],
  docs: {
    what: "Finds except: clauses that name no exception type.",
    why: "A bare except: also catches KeyboardInterrupt and SystemExit, so Ctrl-C and a clean shutdown are swallowed, and every bug in the try block is hidden behind one handler.",
    example: "try:\n    order = load_order(order_id)\nexcept:\n    order = None",
    useInstead: 'try:\n    order = load_order(order_id)\nexcept OrderNotFound:\n    order = None\nexcept Exception:\n    logger.exception("loading order %s failed", order_id)\n    raise'
  }
};
var bareExcept = {
  kind: "python",
  meta: meta12,
  // The `except` keyword of a clause with nothing before its colon (a line may be continued). It
  // is also the rule's test of the file's text: a file without one is not looked at.
  anchors: { except_clause: /(?<!\w)except(?=[\s\\]*\*?[\s\\]*:)/g },
  create({ file, report }) {
    return {
      except_clause(node) {
        const named = node.namedChildren.filter((child) => child?.type !== "comment");
        if (named.length !== 1 || named[0]?.type !== "block") return;
        report({
          at: exceptHeaderSpan(file, node),
          message: "Bare `except:` catches every exception, including KeyboardInterrupt and SystemExit; name the exceptions to handle."
        });
      }
    };
  }
};

// src/patterns/python/semantic/text-tests.ts
var GAP = String.raw`(?:\s|\\|#[^\r\n]*[\r\n])*`;
function alternatives(words) {
  return [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join("|");
}
function methodCallAnchor(methods, attributes = []) {
  const called = `(?:${alternatives(methods)})${GAP}\\(`;
  const held = [...attributes];
  return new RegExp(
    held.length > 0 ? `\\.${GAP}(?:${called}|(?:${alternatives(held)})(?!\\w))` : `\\.${GAP}${called}`,
    "g"
  );
}
function callAnchor(methods, functions) {
  return new RegExp(
    `(?:\\.${GAP}(?:${alternatives(methods)})|(?<![\\w.])(?:${alternatives(functions)}))${GAP}\\(`,
    "g"
  );
}
var LOG_METHODS = /* @__PURE__ */ new Set([
  "debug",
  "info",
  "warning",
  "warn",
  "error",
  "exception",
  "critical",
  "fatal",
  "log",
  // loguru's lowest level, and the custom TRACE level some libraries add (httpx).
  "trace",
  // loguru's SUCCESS level.
  "success"
]);
var DOTTED_NAMES = /* @__PURE__ */ new Set([
  "objects",
  "query",
  "scalars",
  "exec",
  "execute",
  "add",
  "commit",
  "set",
  ...LOG_METHODS
]);
var DOTTED_NAME = new RegExp(`\\.${GAP}(${alternatives(DOTTED_NAMES)})(?!\\w)`, "g");
var dottedNames = /* @__PURE__ */ new WeakMap();
function dottedNamesIn(file) {
  let names = dottedNames.get(file);
  if (!names) {
    const found = /* @__PURE__ */ new Set();
    const text = file.text;
    DOTTED_NAME.lastIndex = 0;
    for (let match = DOTTED_NAME.exec(text); match; match = DOTTED_NAME.exec(text))
      if (match[1]) found.add(match[1]);
    dottedNames.set(file, names = found);
  }
  return names;
}
var assignedNames = /* @__PURE__ */ new WeakMap();
function mayBeAssigned(file, name2) {
  let byName = assignedNames.get(file);
  if (!byName) assignedNames.set(file, byName = /* @__PURE__ */ new Map());
  let known = byName.get(name2);
  if (known === void 0) {
    const escaped = escapeRegExp(name2);
    known = new RegExp(`(?<![\\w.])${escaped}${GAP}(?::|=(?!=))`).test(file.text);
    byName.set(name2, known);
  }
  return known;
}

// src/patterns/python/semantic/logging-calls.ts
var LOGGER_NAME = /^_*(?:[a-z0-9]+_)*(?:logger|log)$/i;
var LOGGER_FACTORY = /^(logging\.getLogger|logging\.LoggerAdapter|logging\.getLoggerClass\.\(\)|structlog\.get_logger|structlog\.getLogger|structlog\.stdlib\.get_logger|structlog\.wrap_logger|loguru\.logger\.bind|.*\.getChild)$/;
var LOGGER_MODULE = /^(logging|logging\.root|loguru\.logger|structlog)$/;
var logCallText = new RegExp(`\\.(${[...LOG_METHODS].join("|")})\\s*\\(`);
function mayHaveLogCalls(file, method) {
  const names = dottedNamesIn(file);
  if (method) return names.has(method);
  for (const name2 of LOG_METHODS) if (names.has(name2)) return true;
  return false;
}
var logTexts = /* @__PURE__ */ new WeakMap();
function mayLog(file, method) {
  let byMethod = logTexts.get(file);
  if (!byMethod) logTexts.set(file, byMethod = /* @__PURE__ */ new Map());
  const key = method ?? "";
  let known = byMethod.get(key);
  if (known === void 0) {
    known = method ? file.text.includes(`.${method}(`) || new RegExp(`\\.${method}\\s+\\(`).test(file.text) : logCallText.test(file.text);
    byMethod.set(key, known);
  }
  return known;
}
var shapes = /* @__PURE__ */ new WeakMap();
function callShape(file, call) {
  let byId = shapes.get(file);
  if (!byId) shapes.set(file, byId = /* @__PURE__ */ new Map());
  const known = byId.get(call.id);
  if (known) return known;
  const callee = call.childForFieldName("function");
  const calleeType = callee?.type ?? "";
  let tail = "";
  if (callee && calleeType === "identifier") tail = callee.text;
  else if (callee && calleeType === "attribute") tail = trailingName(file.text, callee.endIndex);
  const shape = { callee, calleeType, tail };
  byId.set(call.id, shape);
  return shape;
}
function trailingName(text, end) {
  let start2 = end;
  while (start2 > 0 && /[\w\u00c0-\uffff]/.test(text.charAt(start2 - 1))) start2--;
  return text.slice(start2, end);
}
function loggingCall(file, call) {
  if (call.type !== "call") return null;
  const shape = callShape(file, call);
  if (shape.logging === void 0) shape.logging = computeLoggingCall(file, call, shape);
  return shape.logging;
}
function logShape(file, call) {
  const shape = callShape(file, call);
  if (shape.logShape === void 0) {
    if (shape.calleeType !== "attribute" || !LOG_METHODS.has(shape.tail)) {
      shape.logShape = null;
    } else {
      const method = shape.tail;
      shape.logShape = { method, message: messageArgument(file, call, method === "log" ? 1 : 0) };
    }
  }
  return shape.logShape;
}
function messageArgument(file, call, index) {
  const args2 = call.childForFieldName("arguments");
  if (!args2) return null;
  const list = args2.type === "argument_list";
  let positional = null;
  let seen = 0;
  for (const arg of args2.namedChildren) {
    if (!arg) continue;
    const type = arg.type;
    if (type === "keyword_argument") {
      if (file.text.startsWith("msg", arg.startIndex) && arg.childForFieldName("name")?.text === "msg") {
        const value = arg.childForFieldName("value");
        if (value) return value;
        return list ? file.positionalArguments(call)[index] ?? null : null;
      }
    } else if (list && positional === null && type !== "list_splat" && type !== "dictionary_splat" && type !== "comment") {
      if (seen === index) positional = arg;
      seen++;
    }
  }
  return positional;
}
function computeLoggingCall(file, call, shape) {
  const logged = logShape(file, call);
  if (!logged) return null;
  const receiver = shape.callee?.childForFieldName("object");
  if (!receiver || !isLoggerReceiver(file, receiver)) return null;
  return { call, method: logged.method, message: logged.message };
}
function isLoggerReceiver(file, node) {
  const type = node.type;
  if (type === "identifier" && LOGGER_NAME.test(node.text)) return true;
  const qualified = file.qualifiedName(node);
  if (qualified && LOGGER_MODULE.test(qualified)) return true;
  if (type === "identifier") {
    if (!makesLoggers(file) || !mayBeAssigned(file, node.text)) return false;
    const value = file.resolveValue(node);
    return value !== null && value.id !== node.id && isLoggerFactoryCall(file, value);
  }
  if (type === "attribute") {
    const tail = node.childForFieldName("attribute")?.text ?? "";
    return LOGGER_NAME.test(tail);
  }
  return isLoggerFactoryCall(file, node);
}
var LOGGER_FACTORY_TEXT = /getLogger|get_logger|LoggerAdapter|wrap_logger|getChild|\.bind\(/;
var loggerFactories = /* @__PURE__ */ new WeakMap();
function makesLoggers(file) {
  let known = loggerFactories.get(file);
  if (known === void 0) {
    known = LOGGER_FACTORY_TEXT.test(file.text);
    loggerFactories.set(file, known);
  }
  return known;
}
function isLoggerFactoryCall(file, node) {
  if (node.type !== "call") return false;
  const name2 = file.callName(node);
  return name2 !== null && LOGGER_FACTORY.test(name2);
}
function eagerFormatting(file, message) {
  if (!message) return null;
  const type = message.type;
  if (type === "parenthesized_expression" && message.namedChildren.length === 1) {
    return eagerFormatting(file, message.namedChildren[0] ?? null);
  }
  if (type === "string" || type === "concatenated_string") {
    if (!file.text.slice(message.startIndex, message.endIndex).includes("{")) return null;
    const interpolated = type === "string" ? message.namedChildren.some((child) => child?.type === "interpolation") : message.namedChildren.some(
      (part) => part?.type === "string" && part.namedChildren.some((c) => c?.type === "interpolation")
    );
    return interpolated ? "an f-string" : null;
  }
  if (type === "binary_operator" && message.childForFieldName("operator")?.type === "%") {
    return isStringTemplate(file, message.childForFieldName("left")) ? "`%` formatting" : null;
  }
  if (type === "binary_operator" && message.childForFieldName("operator")?.type === "+") {
    const parts2 = plusOperands(message);
    return parts2.some((part) => part.type === "string") && parts2.some((part) => !isStringTemplate(file, part)) ? "string concatenation" : null;
  }
  if (type === "call") {
    const callee = message.childForFieldName("function");
    if (callee?.type !== "attribute" || callee.childForFieldName("attribute")?.text !== "format")
      return null;
    return isStringTemplate(file, callee.childForFieldName("object")) ? "`.format()`" : null;
  }
  return null;
}
function isStringTemplate(file, node) {
  if (!node) return false;
  if (node.type === "parenthesized_expression" && node.namedChildren.length === 1)
    return isStringTemplate(file, node.namedChildren[0] ?? null);
  if (node.type === "string" || node.type === "concatenated_string") return true;
  if (node.type === "identifier") {
    if (!mayBeAssigned(file, node.text)) return false;
    const value = file.resolveValue(node);
    return value !== null && value.id !== node.id && stringValue(value) !== null;
  }
  if (node.type === "call") {
    const name2 = file.calleeTail(node);
    return (name2 === "_" || name2 === "gettext" || name2 === "gettext_lazy") && stringValue(file.positionalArguments(node)[0] ?? null) !== null;
  }
  return false;
}
function isLoguruCall(file, call) {
  const callee = call.childForFieldName("function");
  const object = callee?.type === "attribute" ? callee.childForFieldName("object") : null;
  if (!object || !file.importsModule("loguru")) return false;
  const name2 = file.qualifiedName(object) ?? "";
  return name2 === "loguru.logger" || name2.startsWith("loguru.logger.");
}

// src/patterns/python/semantic/security-values.ts
function chainHead(node) {
  let current = node;
  while (current) {
    if (current.type === "identifier") return current;
    if (current.type === "attribute") current = current.childForFieldName("object");
    else if (current.type === "call") current = current.childForFieldName("function");
    else return null;
  }
  return null;
}
function importedName(file, node) {
  const head = chainHead(node);
  if (!head || !file.imports().has(head.text)) return null;
  return file.qualifiedName(node);
}
function importedCallName(file, call) {
  return importedName(file, call.childForFieldName("function"));
}
function resolveObject(file, node) {
  return file.resolveValue(node);
}
function hasOpaqueKeywords(file, call) {
  const args2 = call.childForFieldName("arguments");
  return (args2?.namedChildren ?? []).some(
    (arg) => arg?.type === "dictionary_splat" && file.resolveValue(arg.namedChildren[0] ?? null)?.type !== "dictionary"
  );
}
function optionValue(file, call, name2) {
  const direct = file.keywordArgument(call, name2);
  if (direct) return direct;
  const args2 = call.childForFieldName("arguments");
  for (const arg of args2?.namedChildren ?? []) {
    if (arg?.type !== "dictionary_splat") continue;
    const dictionary = file.resolveValue(arg.namedChildren[0] ?? null);
    if (dictionary?.type !== "dictionary") continue;
    const value = dictionaryValue(dictionary, name2);
    if (value) return value;
  }
  return null;
}
function dictionaryValue(dictionary, key) {
  for (const pair of dictionary.namedChildren) {
    if (pair?.type === "pair" && stringValue(pair.childForFieldName("key")) === key)
      return pair.childForFieldName("value");
  }
  return null;
}
function literalBoolean(file, node) {
  const value = file.resolveValue(node);
  if (value?.type === "true") return true;
  if (value?.type === "false") return false;
  return null;
}
function literalInteger(file, node) {
  const value = file.resolveValue(node);
  if (value?.type !== "integer") return null;
  const parsed3 = Number(value.text.replace(/_/g, ""));
  return Number.isSafeInteger(parsed3) ? parsed3 : null;
}
var TRUTHY_TEXT = /^(1|true|yes|on|y|t)$/i;
function isTruthyLiteral(file, node) {
  const value = file.resolveValue(node);
  if (!value) return false;
  if (value.type === "true") return true;
  if (value.type === "integer") return literalInteger(file, value) !== 0;
  const text = stringValue(value);
  return text !== null && TRUTHY_TEXT.test(text.trim());
}
function isConstantText(file, node, isSafe, depth = 0) {
  if (!node || depth > 8) return false;
  const value = file.resolveValue(node);
  if (!value) return false;
  if (isSafe?.(value)) return true;
  const recurse = (child) => isConstantText(file, child, isSafe, depth + 1);
  switch (value.type) {
    case "identifier": {
      const items = loopOverLiteral(file, value);
      return items !== null && items.every((item) => recurse(item));
    }
    case "integer":
    case "float":
    case "true":
    case "false":
    case "none":
      return true;
    case "string":
      if (!isInterpolatedString(value)) return true;
      return value.namedChildren.filter((child) => child?.type === "interpolation").every((interpolation) => recurse(interpolation?.childForFieldName("expression") ?? null));
    case "concatenated_string":
    case "parenthesized_expression":
    case "tuple":
    case "list":
      return value.namedChildren.every((child) => child?.type === "comment" || recurse(child));
    case "binary_operator": {
      const operator = value.childForFieldName("operator")?.type;
      if (operator !== "+" && operator !== "%") return false;
      return recurse(value.childForFieldName("left")) && recurse(value.childForFieldName("right"));
    }
    case "call": {
      const callee = value.childForFieldName("function");
      if (callee?.type !== "attribute") return false;
      const method = callee.childForFieldName("attribute")?.text;
      if (method !== "format" && method !== "join") return false;
      const args2 = value.childForFieldName("arguments")?.namedChildren ?? [];
      return recurse(callee.childForFieldName("object")) && args2.every(
        (arg) => arg !== null && recurse(arg.type === "keyword_argument" ? arg.childForFieldName("value") : arg)
      );
    }
    default:
      return false;
  }
}
function loopOverLiteral(file, name2) {
  const chain = file.ancestry(name2);
  for (let i2 = chain.length - 2; i2 >= 0; i2--) {
    const current = chain[i2];
    if (!current) break;
    const type = file.typeOf(current);
    if (type === "function_definition" || type === "module") break;
    if (type === "for_statement") {
      const target = current.childForFieldName("left");
      if (target?.type === "identifier" && target.text === name2.text) {
        const iterable = current.childForFieldName("right");
        if (iterable?.type !== "list" && iterable?.type !== "tuple") return null;
        const scope = file.scopeOf(current);
        return isAssignedIn(file, scope, name2.text) ? null : iterable.namedChildren.filter(
          (item) => item !== null && item.type !== "comment"
        );
      }
    }
  }
  return null;
}
var ASSIGNMENT_TYPES = /* @__PURE__ */ new Set(["assignment", "augmented_assignment", "named_expression"]);
function isAssignedIn(file, scope, name2) {
  const assigns = (assignment) => assignment?.childForFieldName("left")?.text === name2 || assignment?.childForFieldName("name")?.text === name2;
  if (!name2)
    return scope.descendantsOfType(["assignment", "augmented_assignment", "named_expression"]).some(assigns);
  for (const leaf of file.spelled(name2, scope)) {
    for (const { holder } of file.sameSpanHolders(leaf))
      if (ASSIGNMENT_TYPES.has(file.typeOf(holder)) && assigns(holder)) return true;
  }
  return false;
}
function literalDictionaryKeys(file, node) {
  if (!node) return null;
  if (node.type === "dictionary") {
    const result = { keys: /* @__PURE__ */ new Set(), complete: true };
    for (const child of node.namedChildren) {
      if (!child || child.type === "comment") continue;
      const key = child.type === "pair" ? stringValue(child.childForFieldName("key")) : null;
      if (key === null) result.complete = false;
      else result.keys.add(key);
    }
    return result;
  }
  if (node.type === "call" && file.qualifiedName(node.childForFieldName("function")) === "dict") {
    const result = { keys: /* @__PURE__ */ new Set(), complete: true };
    for (const arg of node.childForFieldName("arguments")?.namedChildren ?? []) {
      if (!arg || arg.type === "comment") continue;
      const name2 = arg.type === "keyword_argument" ? arg.childForFieldName("name")?.text : null;
      if (name2) result.keys.add(name2);
      else result.complete = false;
    }
    return result;
  }
  return null;
}
var DEVELOPMENT_PATH = /(^|[/_.-])(dev|devel|develop|development|local|debug|test|tests|testing|ci)([/_.-]|$)/;
var DEVELOPMENT_CONDITION = /\bdebug\b|develop|\bdev\b|\blocal\b|testing|\btests?\b/i;
function isDevelopmentCondition(condition) {
  return !!condition && condition.type !== "not_operator" && DEVELOPMENT_CONDITION.test(condition.text);
}
function isDevelopmentOnly(file, node) {
  if (DEVELOPMENT_PATH.test(file.path.toLowerCase().replace(/\.py$/, ""))) return true;
  return file.branchesAround(node, false).some((branch) => branch.holds && isDevelopmentCondition(branch.condition));
}
function isDefinedInFile(file, name2) {
  if (file.imports().has(name2)) return true;
  const pattern = String.raw`[ \t]*(?:async[ \t]+)?(?:def|class)[ \t]+${name2}\b|[ \t]*${name2}[ \t]*(?::[^=\n]*)?=(?!=)`;
  if (!/^\w+$/.test(name2)) return new RegExp(`^(?:${pattern})`, "m").test(file.text);
  const definition = new RegExp(pattern, "y");
  const text = file.text;
  let tried = -1;
  for (let index = text.indexOf(name2); index !== -1; index = text.indexOf(name2, index + 1)) {
    let lineStart = index;
    while (lineStart > 0 && !LINE_TERMINATORS.has(text.charCodeAt(lineStart - 1))) lineStart--;
    if (lineStart === tried) continue;
    tried = lineStart;
    definition.lastIndex = lineStart;
    if (definition.test(text)) return true;
  }
  return false;
}
var LINE_TERMINATORS = /* @__PURE__ */ new Set([10, 13, 8232, 8233]);
function isBuildScript(file) {
  return /(^|\/)(setup|noxfile|fabfile|dodo)\.py$|(^|\/)docs?\/(source\/)?conf\.py$/.test(
    file.path
  );
}
function isRepositoryFileText(file, node) {
  if (node.type !== "call") return false;
  const callee = node.childForFieldName("function");
  if (callee?.type !== "attribute" || !/^(read|read_text)$/.test(callee.childForFieldName("attribute")?.text ?? ""))
    return false;
  const opened = file.resolveValue(callee.childForFieldName("object"));
  if (opened?.type !== "call") return false;
  const opener = file.qualifiedName(opened.childForFieldName("function"));
  if (!opener || !/^(open|io\.open|codecs\.open|pathlib\.Path|Path)$/.test(opener)) return false;
  const path2 = file.positionalArguments(opened)[0] ?? null;
  return path2 !== null && isConstantText(file, path2);
}

// src/patterns/python/error-handling/error-detail-leak.ts
var meta13 = {
  id: "PBP604",
  name: "error-detail-leak",
  tool: "patterns",
  section: "error-handling",
  level: "warning",
  precision: "high",
  summary: "An HTTP response is built from an exception\u2019s text or traceback.",
  tags: ["security", "external/cwe/cwe-209"],
  cwe: ["CWE-209"],
  securitySeverity: 5.4,
  docs: {
    what: 'Finds HTTP responses and rendered pages built from an exception: HTTPException(detail=str(e)), JSONResponse({"error": str(exc)}), jsonify(error=str(e)), abort(500, str(e)), raise BadRequest(str(e)) (werkzeug), self.response_500(message=str(e)) (Flask-AppBuilder), JsonResponse/HttpResponse(str(e)), render_template(..., error=traceback.format_exc()), and route or error handlers that return str(e) or traceback.format_exc(), directly or through a local variable. Responses sent only when debugging (if settings.DEBUG: \u2026, \u2026 if settings.DEBUG else "Internal Server Error") are left out.',
    why: "Exception text is written for developers: it carries SQL and constraint names, file paths, host names, versions and sometimes data. Sent to a client it maps the system for an attacker, and a traceback shows the code itself.",
    example: 'except IntegrityError as exc:\n    raise HTTPException(409, detail=str(exc)) from exc\n\n@app.exception_handler(Exception)\nasync def unhandled_error(request: Request, exc: Exception) -> JSONResponse:\n    return JSONResponse({"error": str(exc)}, status_code=500)',
    useInstead: 'except IntegrityError as exc:\n    raise HTTPException(409, detail="email already registered") from exc\n\n@app.exception_handler(Exception)\nasync def unhandled_error(request: Request, exc: Exception) -> JSONResponse:\n    logger.exception("unhandled error on %s", request.url.path)\n    return JSONResponse({"error": "internal server error"}, status_code=500)'
  }
};
var WERKZEUG_HTTP_ERRORS = [
  "BadRequest",
  "Unauthorized",
  "Forbidden",
  "NotFound",
  "MethodNotAllowed",
  "NotAcceptable",
  "RequestTimeout",
  "Conflict",
  "Gone",
  "PreconditionFailed",
  "RequestEntityTooLarge",
  "UnsupportedMediaType",
  "UnprocessableEntity",
  "Locked",
  "FailedDependency",
  "TooManyRequests",
  "InternalServerError",
  "NotImplemented",
  "BadGateway",
  "ServiceUnavailable",
  "GatewayTimeout"
];
var WERKZEUG_HTTP_ERROR = new RegExp(`^(${WERKZEUG_HTTP_ERRORS.join("|")})$`);
var RESPONSE_SINKS = [
  // FastAPI/Starlette HTTPException(status_code, detail), WebSocketException(code, reason).
  { tail: /^HTTPException$/, positions: [1], keywords: ["detail"] },
  { tail: /^(JSON|ORJSON|UJSON|PlainText|HTML)Response$/, positions: [0], keywords: ["content"] },
  // Django, Django REST framework, Flask/Werkzeug/Starlette Response.
  {
    tail: /^(JsonResponse|HttpResponse\w*|Response)$/,
    positions: [0],
    keywords: ["data", "content", "response", "body", "text"]
  },
  { tail: /^(jsonify|make_response)$/, positions: [0, 1, 2], keywords: ["*"] },
  // Flask-AppBuilder's REST API helpers: `self.response_500(message=str(e))`.
  { tail: /^response_[45]\d\d$/, positions: [0], keywords: ["message"] },
  { tail: /^json_response$/, positions: [0], keywords: ["data", "text", "body"] },
  // aiohttp web.HTTPInternalServerError(text=...), Flask abort(code, description).
  { tail: /^HTTP\w+$/, positions: [], keywords: ["text", "body", "reason"] },
  { tail: /^abort$/, positions: [1], keywords: ["description"] },
  // Werkzeug's HTTP exceptions (what Flask's `abort` raises), raised directly:
  // `raise BadRequest(str(e))`; their description is the error page's text.
  { tail: WERKZEUG_HTTP_ERROR, positions: [0], keywords: ["description"] },
  // Pages rendered for the client: Flask render_template(..., error=...), Django render(request, name, context).
  { tail: /^render_template$/, positions: [], keywords: ["*"] },
  // render_template_string(source, ...): the page's own text as well.
  { tail: /^render_template_string$/, positions: [0], keywords: ["*"] },
  {
    tail: /^(render|render_to_response|TemplateResponse)$/,
    positions: [1, 2],
    keywords: ["context"]
  }
];
var ROUTE_DECORATOR = /(^|\.)(get|post|put|patch|delete|head|options|route|api_route|websocket|api_view)$/;
var CLIENT_FACING = /(^|\.)(\w*HTTPException|WebSocketException|HTTP[A-Z]\w*|\w*ValidationError|AuthenticationError|AuthenticationFailed|NotAuthenticated|\w*PermissionDenied|NoPermission\w*|\w*Forbidden\w*|APIException)$|^werkzeug\.exceptions\./;
var LEAKY_ATTRIBUTES = /* @__PURE__ */ new Set([
  "args",
  "orig",
  "strerror",
  "filename",
  "msg",
  "statement",
  "params"
]);
var SINK_CALLEE = /esponse|HTTP|jsonify|abort|render/g;
var HANDLER_DECORATOR_NAME = /^(get|post|put|patch|delete|head|options|route|api_route|websocket|api_view|exception_handler|errorhandler|app_errorhandler|error_handler)$/;
var errorDetailLeak = {
  kind: "python",
  meta: meta13,
  // (`return` is a keyword, never imported under another name: a pattern spares the engine reading
  // the module's imports.)
  anchors: { call: SINK_CALLEE, return_statement: /(?<!\w)return(?!\w)/g, module: /^/g },
  create({ file, report }) {
    if (file.isTest) return {};
    if (!/\bas\s+\w+\s*:|traceback|exc_info|errorhandler|exception_handler|(Error|Exception)\s*[,)=]/.test(
      file.text
    ))
      return {};
    const handlers = /* @__PURE__ */ new Map();
    const flag = (at, what) => {
      if (isDevelopmentOnly(file, at)) return;
      report({
        at,
        message: `${what} sends the exception's text to the client; log it and return a fixed message instead.`
      });
    };
    const checkCall = (node, werkzeug) => {
      const tail = werkzeug ? /^werkzeug\.exceptions\.(\w+)$/.exec(file.callName(node) ?? "")?.[1] : callShape(file, node).tail;
      if (!tail) return;
      const sink = RESPONSE_SINKS.find((candidate) => candidate.tail.test(tail));
      if (!sink || sink.tail === WERKZEUG_HTTP_ERROR !== werkzeug) return;
      if (tail === "abort" && !/^(flask|werkzeug)\b/.test(file.callName(node) ?? "")) return;
      if (/^render(_to_response)?$/.test(tail) && !/^django\./.test(file.callName(node) ?? ""))
        return;
      const names = exceptionNamesAt(file, node, CLIENT_FACING);
      const positional = file.positionalArguments(node);
      const carriers = sink.positions.map(
        (index) => positional[index]
      );
      for (const argument of node.childForFieldName("arguments")?.namedChildren ?? []) {
        if (argument?.type !== "keyword_argument") continue;
        const keyword = argument.childForFieldName("name")?.text ?? "";
        if (sink.keywords.includes("*") || sink.keywords.includes(keyword))
          carriers.push(argument.childForFieldName("value"));
      }
      const leak = carriers.map((carrier) => leakedDetail(file, carrier ?? null, names)).find((found) => found !== null);
      const written = werkzeug ? callShape(file, node).tail ?? tail : tail;
      if (leak) flag(node, `\`${written}(...)\` built from \`${leak}\``);
    };
    const visitors = { call: (node) => checkCall(node, false) };
    if (file.text.includes("werkzeug"))
      visitors.module = () => {
        for (const call of werkzeugErrorCalls(file)) checkCall(call, true);
      };
    if (mayHaveHandlers(file)) {
      visitors.return_statement = (node) => {
        const fn = file.enclosingFunction(node);
        if (!fn) return;
        let handler = handlers.get(fn.id);
        if (handler === void 0) handlers.set(fn.id, handler = isRouteOrErrorHandler(file, fn));
        if (!handler) return;
        const value = node.namedChildren.find((child) => child?.type !== "comment") ?? null;
        if (!value || value.type === "call" && RESPONSE_SINKS.some((sink) => sink.tail.test(file.calleeTail(value) ?? "")))
          return;
        const leak = leakedDetail(file, value, exceptionNamesAt(file, node, CLIENT_FACING));
        if (leak) flag(node, `Returning \`${leak}\` from a request handler`);
      };
    }
    return visitors;
  }
};
function werkzeugErrorCalls(file) {
  const calls = [];
  for (const [local, qualified] of file.imports()) {
    const name2 = /^werkzeug\.exceptions\.(\w+)$/.exec(qualified)?.[1];
    if (name2 !== void 0) {
      if (WERKZEUG_HTTP_ERROR.test(name2)) calls.push(...file.callsSpelled(local));
      continue;
    }
    const prefix = qualified === "werkzeug.exceptions" ? `${local}.` : qualified === "werkzeug" ? `${local}.exceptions.` : null;
    if (prefix === null || !file.text.includes(prefix)) continue;
    for (const error of WERKZEUG_HTTP_ERRORS) calls.push(...file.callsSpelled(prefix + error));
  }
  return calls.sort((a, b) => a.startIndex - b.startIndex);
}
var ERROR_HANDLER_NAME = /e(?:rror_?|xception_)handler/;
var PLAIN_DECORATOR = /^@[ \t\f]*([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)[ \t\f]*(?:#.*)?\r?$/;
function mayHaveHandlers(file) {
  const text = file.text;
  if (RESOURCE_BASE.test(text)) return true;
  let importsHandlers;
  const imported = () => importsHandlers ??= ERROR_HANDLER_NAME.test(text);
  for (let start2 = text.indexOf("@"); start2 !== -1; start2 = text.indexOf("@", start2 + 1)) {
    if (!startsLine(text, start2)) continue;
    const end = text.indexOf("\n", start2);
    const plain = PLAIN_DECORATOR.exec(text.slice(start2, end === -1 ? void 0 : end));
    if (plain) {
      if (mayRegister(file, plain[1] ?? "", imported)) return true;
      continue;
    }
    const at = file.root.descendantForIndex(start2, start2 + 1);
    const decorator = at && file.typeOf(at) === "@" ? file.parentOf(at) : null;
    if (!decorator || file.typeOf(decorator) !== "decorator") continue;
    const expression = decorator.namedChildren[0];
    const target = expression?.type === "call" ? expression.childForFieldName("function") : expression;
    if (target && mayRegister(file, target, imported)) return true;
  }
  return false;
}
function startsLine(text, at) {
  for (let i2 = at - 1; i2 >= 0; i2--) {
    const code = text.charCodeAt(i2);
    if (code === 10 || code === 13) return true;
    if (code !== 32 && code !== 9 && code !== 12 && code !== 11) return false;
  }
  return true;
}
function mayRegister(file, target, imported) {
  const last = (name2) => name2.slice(name2.lastIndexOf(".") + 1).trim();
  const text = typeof target === "string" ? target : target.text;
  if (HANDLER_DECORATOR_NAME.test(last(text))) return true;
  if (typeof target === "string" && target.includes(".") || !imported()) return false;
  const resolved = typeof target === "string" ? file.imports().get(target) : file.qualifiedName(target);
  return resolved !== void 0 && resolved !== null && HANDLER_DECORATOR_NAME.test(last(resolved));
}
var RESOURCE_BASE = /\b(?:Resource|MethodView)\s*[,)]/;
function isResourceMethod(file, fn) {
  const name2 = fn.childForFieldName("name")?.text ?? "";
  if (!/^(get|post|put|patch|delete)$/.test(name2)) return false;
  const holder = file.parentOf(fn);
  const member = holder && file.typeOf(holder) === "decorated_definition" ? holder : fn;
  const block = file.parentOf(member);
  const owner = block?.type === "block" ? file.parentOf(block) : null;
  return owner?.type === "class_definition" && RESOURCE_BASE.test(owner.childForFieldName("superclasses")?.text ?? "");
}
function isRouteOrErrorHandler(file, fn) {
  if (isErrorHandler(file, fn) || isResourceMethod(file, fn)) return true;
  const holder = file.parentOf(fn);
  const decorated = holder && file.typeOf(holder) === "decorated_definition" ? holder : null;
  return decorated?.namedChildren.some((decorator) => {
    if (decorator?.type !== "decorator") return false;
    const expression = decorator.namedChildren[0];
    const target = expression?.type === "call" ? expression.childForFieldName("function") : expression;
    return target !== null && target !== void 0 && ROUTE_DECORATOR.test(target.text);
  }) ?? false;
}
var STRINGIFY = /* @__PURE__ */ new Set([
  "str",
  "repr",
  "format",
  "six.text_type",
  "six.ensure_str",
  "six.ensure_text"
]);
function leakedDetail(file, node, names, depth = 0) {
  if (!node) return null;
  switch (node.type) {
    case "call": {
      const callee = file.callName(node) ?? "";
      if (/^traceback\.(format_exc|format_exception|format_tb|format_stack|extract_tb)$|^sys\.exc_info$/.test(
        callee
      ))
        return node.text;
      const args2 = node.childForFieldName("arguments")?.namedChildren ?? [];
      if (STRINGIFY.has(callee)) {
        const first = file.positionalArguments(node)[0];
        return first && isException(first, names) ? node.text : null;
      }
      const tail = file.calleeTail(node);
      if (tail === "format" || callee === "dict" || tail === "join") {
        for (const arg of args2) {
          const value = arg?.type === "keyword_argument" ? arg.childForFieldName("value") : arg;
          if (value && (isException(value, names) || leakedDetail(file, value, names, depth)))
            return node.text;
        }
      }
      return null;
    }
    case "string":
      for (const child of node.namedChildren) {
        if (child?.type !== "interpolation") continue;
        const expression = child.childForFieldName("expression");
        if (expression && (isException(expression, names) || leakedDetail(file, expression, names, depth)))
          return node.text;
      }
      return null;
    case "binary_operator": {
      const right = node.childForFieldName("right");
      if (node.childForFieldName("operator")?.type === "%" && right) {
        const values = right.type === "tuple" || right.type === "parenthesized_expression" ? right.namedChildren : [right];
        if (values.some((value) => value && isException(value, names))) return node.text;
      }
      return leakedDetail(file, node.childForFieldName("left"), names, depth) ?? leakedDetail(file, right, names, depth);
    }
    case "pair":
      return leakedDetail(file, node.childForFieldName("value"), names, depth);
    case "keyword_argument":
      return leakedDetail(file, node.childForFieldName("value"), names, depth);
    case "conditional_expression": {
      const [whenTrue, condition, whenFalse] = node.namedChildren.filter(
        (child) => child?.type !== "comment"
      );
      const debugOnly = isDevelopmentCondition(condition);
      for (const branch of debugOnly ? [whenFalse] : [whenTrue, whenFalse]) {
        const found = leakedDetail(file, branch ?? null, names, depth);
        if (found) return found;
      }
      return null;
    }
    case "dictionary":
    case "list":
    case "tuple":
    case "expression_list":
    case "parenthesized_expression":
    case "concatenated_string":
      for (const child of node.namedChildren) {
        const found = leakedDetail(file, child, names, depth);
        if (found) return found;
      }
      return null;
    case "identifier":
      if (names.has(node.text)) return node.text;
      return depth < 2 ? leakyAssignment(file, node, depth + 1) : null;
    case "attribute":
      return isLeakyAttribute(node, names) ? node.text : null;
    case "subscript": {
      const value = node.childForFieldName("value");
      return value?.type === "attribute" && isLeakyAttribute(value, names) ? node.text : null;
    }
    default:
      return null;
  }
}
function leakyAssignment(file, name2, depth) {
  const scope = file.enclosingFunction(name2);
  if (!scope) return null;
  const assigned = new RegExp(
    `(?<!\\w)${escapeRegExp(name2.text)}[\\s\\\\]*(?:#[^\\n]*\\n[\\s\\\\]*)*[=:]`
  );
  if (!assigned.test(file.text.slice(scope.startIndex, scope.endIndex))) return null;
  for (const assignment of scope.descendantsOfType("assignment")) {
    const left = assignment?.childForFieldName("left");
    if (!assignment || left?.type !== "identifier" || left.text !== name2.text) continue;
    if (file.enclosingFunction(assignment)?.id !== scope.id) continue;
    const found = leakedDetail(
      file,
      assignment.childForFieldName("right"),
      exceptionNamesAt(file, assignment, CLIENT_FACING),
      depth
    );
    if (found) return `${name2.text} = ${found}`;
  }
  return null;
}
function isException(node, names) {
  if (node.type === "identifier") return names.has(node.text);
  if (node.type === "attribute") return isLeakyAttribute(node, names);
  return false;
}
function isLeakyAttribute(node, names) {
  const object = node.childForFieldName("object");
  const attribute = node.childForFieldName("attribute")?.text ?? "";
  return object?.type === "identifier" && names.has(object.text) && LEAKY_ATTRIBUTES.has(attribute);
}

// src/patterns/python/semantic/http-calls.ts
var REQUESTS_VERBS = /* @__PURE__ */ new Set([
  "get",
  "post",
  "put",
  "patch",
  "delete",
  "head",
  "options",
  "request"
]);

// src/patterns/python/error-handling/http-without-timeout.ts
var meta14 = {
  id: "PBP605",
  name: "http-without-timeout",
  tool: "patterns",
  section: "error-handling",
  level: "warning",
  precision: "very-high",
  summary: "An HTTP request is made without a timeout.",
  docs: {
    what: "Finds requests.get/post/put/patch/delete/head/options/request calls (also on a requests.Session()) without timeout= or with timeout=None, and httpx calls or clients with timeout=None.",
    why: "Without a timeout, requests waits for an unresponsive server for as long as the connection stays open: the thread and the request waiting on it hang, and a few such calls exhaust a web server\u2019s workers.",
    example: "resp = requests.get(url, auth=self.auth)\nclient = httpx.AsyncClient(timeout=None)",
    useInstead: "resp = requests.get(url, auth=self.auth, timeout=10)\nclient = httpx.AsyncClient(timeout=httpx.Timeout(10.0, connect=5.0))"
  }
};
var REQUESTS_FUNCTION = /^requests(\.api)?\.(get|post|put|patch|delete|head|options|request)$/;
var REQUESTS_SESSION = /^requests(\.sessions)?\.(Session|session)$/;
var HTTPX_FUNCTION = /^httpx\.(get|post|put|patch|delete|head|options|request|stream|Client|AsyncClient)$/;
var HTTPX_CLIENT = /^httpx\.(Client|AsyncClient)$/;
var httpWithoutTimeout = {
  kind: "python",
  meta: meta14,
  // The callee's last name: `get` in `requests.get(...)` and `self.session.get(...)`.
  anchors: {
    call: [...REQUESTS_VERBS, "stream", "Client", "AsyncClient"]
  },
  create({ file, report }) {
    if (file.isTest) return {};
    if (!/\b(requests|httpx)\b/.test(file.text)) return {};
    if (!file.importsModule("requests") && !file.importsModule("httpx")) return {};
    const mountsAdapters = /\.mount\s*\(/.test(file.text);
    return {
      call(node) {
        const tail = file.calleeTail(node) ?? "";
        if (!REQUESTS_VERBS.has(tail) && !/^(stream|Client|AsyncClient)$/.test(tail)) return;
        const name2 = file.callName(node) ?? "";
        let kind = null;
        let what = name2;
        if (REQUESTS_FUNCTION.test(name2) && file.importsModule("requests")) kind = "requests";
        else if (HTTPX_FUNCTION.test(name2) && file.importsModule("httpx")) kind = "httpx";
        else {
          const callee = node.childForFieldName("function");
          const method = callee?.type === "attribute" ? callee.childForFieldName("attribute")?.text ?? "" : "";
          const receiver = callee?.childForFieldName("object") ?? null;
          if (!receiver || !(REQUESTS_VERBS.has(method) || method === "stream")) return;
          kind = clientKind(file, receiver);
          if (kind === "requests" && (mountsAdapters || method === "stream")) return;
          what = `${receiver.text}.${method}`;
        }
        if (!kind || hasDictionarySplat(node)) return;
        const timeout = file.keywordArgument(node, "timeout");
        if (kind === "requests" && !timeout) {
          report({
            at: node,
            message: `\`${what}()\` has no timeout, so it can wait forever on a server that does not answer; pass \`timeout=\` (e.g. \`timeout=10\`).`
          });
        } else if (timeout && isNoTimeout(file, timeout)) {
          report({
            at: node,
            message: `\`${what}()\` is given \`timeout=None\`, so it can wait forever on a server that does not answer; pass a number of seconds.`
          });
        }
      }
    };
  }
};
function hasDictionarySplat(call) {
  return call.childForFieldName("arguments")?.namedChildren.some((arg) => arg?.type === "dictionary_splat") ?? false;
}
function isNoTimeout(file, node) {
  if (node.type === "none") return true;
  if (node.type === "call" && file.callName(node) === "httpx.Timeout") {
    const args2 = node.childForFieldName("arguments")?.namedChildren ?? [];
    return args2.length === 1 && args2[0]?.type === "none";
  }
  return false;
}
function clientKind(file, receiver) {
  if (receiver.type === "call") return constructorKind(file, receiver);
  if (receiver.type === "identifier") {
    const value = file.resolveValue(receiver);
    if (value && value.id !== receiver.id) return constructorKind(file, value);
    return withBindingKind(file, receiver);
  }
  if (receiver.type === "attribute" && receiver.childForFieldName("object")?.text === "self") {
    return selfAttributeKind(file, receiver);
  }
  return null;
}
function constructorKind(file, value) {
  if (value.type === "boolean_operator" && value.childForFieldName("operator")?.text === "or") {
    const made = value.childForFieldName("right");
    return made ? constructorKind(file, made) : null;
  }
  if (value.type !== "call") return null;
  const name2 = file.callName(value) ?? "";
  if (REQUESTS_SESSION.test(name2) && file.importsModule("requests")) return "requests";
  if (HTTPX_CLIENT.test(name2) && file.importsModule("httpx")) return "httpx";
  return null;
}
function withBindingKind(file, name2) {
  let current = file.parentOf(name2);
  while (current) {
    const type = file.typeOf(current);
    if (type === "with_statement") {
      for (const item of current.descendantsOfType("with_item")) {
        const pattern = item?.childForFieldName("value");
        if (pattern?.type !== "as_pattern") continue;
        const target = pattern.childForFieldName("alias");
        if (target?.text !== name2.text) continue;
        const value = pattern.namedChildren.find((child) => child?.type !== "as_pattern_target") ?? null;
        return value ? constructorKind(file, value) : null;
      }
    }
    if (type === "function_definition" || type === "class_definition") return null;
    current = file.parentOf(current);
  }
  return null;
}
var selfAttributes = /* @__PURE__ */ new WeakMap();
function selfAttributeKind(file, receiver) {
  const attribute = receiver.childForFieldName("attribute")?.text;
  let cls = file.parentOf(receiver);
  while (cls && file.typeOf(cls) !== "class_definition") cls = file.parentOf(cls);
  if (!attribute || !cls) return null;
  let byClass = selfAttributes.get(file);
  if (!byClass) selfAttributes.set(file, byClass = /* @__PURE__ */ new Map());
  const key = `${cls.id}:${attribute}`;
  if (byClass.has(key)) return byClass.get(key) ?? null;
  let kind = null;
  let assignments = 0;
  for (const assignment of cls.descendantsOfType("assignment")) {
    const left = assignment?.childForFieldName("left");
    if (left?.type !== "attribute" || left.text.replace(/\s+/g, "") !== `self.${attribute}`)
      continue;
    assignments++;
    const value = assignment?.childForFieldName("right") ?? null;
    const found = value ? constructorKind(file, value) : null;
    if (!found || kind && kind !== found) {
      kind = null;
      break;
    }
    kind = found;
  }
  const result = assignments > 0 ? kind : null;
  byClass.set(key, result);
  return result;
}

// src/patterns/python/error-handling/raise-without-from.ts
var meta15 = {
  id: "PBP603",
  name: "raise-without-from",
  tool: "patterns",
  section: "error-handling",
  level: "note",
  precision: "very-high",
  summary: "A new exception is raised while handling another without `from`.",
  docs: {
    what: "Finds raise NewError(...) inside an except \u2026 as e: block without from e or from None, and raise of a name the function set once to a new exception (credentials_exception = HTTPException(\u2026)). Exceptions that stop a program, a test or an iteration, or ask for another try (TryAgain, Celery\u2019s self.retry(exc=e)), are left out.",
    why: "Without from, the traceback says the new exception happened while handling the first one, which reads like a bug in the handler. from e records the first exception as the cause; from None hides it deliberately.",
    example: 'try:\n    claims = jwt.decode(token, key, algorithms=["HS256"])\nexcept jwt.PyJWTError as exc:\n    raise HTTPException(401, "invalid token")',
    useInstead: 'try:\n    claims = jwt.decode(token, key, algorithms=["HS256"])\nexcept jwt.PyJWTError as exc:\n    raise HTTPException(401, "invalid token") from exc'
  }
};
var raiseWithoutFrom = {
  kind: "python",
  meta: meta15,
  anchors: { raise_statement: ["raise"] },
  create({ file, report }) {
    return {
      raise_statement(node) {
        if (node.childForFieldName("cause")) return;
        const raised = node.namedChildren.find((child) => child?.type !== "comment");
        if (!raised) return;
        const clause = enclosingExceptClause(file, node);
        const alias = clause ? exceptAlias(clause)?.text : void 0;
        if (!alias) return;
        if (reraisesCaught(raised.text, alias)) return;
        if (!looksLikeNewException(file, raised) || isControlFlow(raised)) return;
        report({
          at: node,
          message: `A new exception is raised while handling \`${alias}\` without \`from\`; write \`from ${alias}\` to keep it as the cause, or \`from None\` to hide it.`
        });
      }
    };
  }
};
function reraisesCaught(text, alias) {
  const compact2 = text.replace(/\s+/g, "").replace(/^\((.*)\)$/, "$1");
  return compact2 === alias || compact2.startsWith(`${alias}.with_traceback(`);
}
var CONTROL_FLOW = /(^|\.)(SystemExit|KeyboardInterrupt|GeneratorExit|StopIteration|StopAsyncIteration|SkipTest|Skipped|Exit|TryAgain|retry)$/;
function isControlFlow(raised) {
  const target = raised.type === "call" ? raised.childForFieldName("function") : raised;
  return target !== null && CONTROL_FLOW.test(target.text);
}
function looksLikeNewException(file, raised) {
  if (raised.type === "call") return true;
  if (raised.type === "identifier" || raised.type === "attribute") {
    const last = raised.text.split(".").at(-1) ?? "";
    if (/^[A-Z]/.test(last)) return true;
  }
  if (raised.type !== "identifier") return false;
  const value = file.resolveValue(raised);
  const callee = value?.type === "call" ? value.childForFieldName("function") : null;
  return !!callee && /^[A-Z]\w*(Error|Exception)$/.test(callee.text.split(".").at(-1) ?? "");
}

// src/patterns/python/error-handling/swallowed-exception.ts
var meta16 = {
  id: "PBP602",
  name: "swallowed-exception",
  tool: "patterns",
  section: "error-handling",
  level: "warning",
  precision: "high",
  summary: "A handler for every exception discards the error without re-raising, logging or using it.",
  docs: {
    what: "Finds except Exception / except BaseException / bare except handlers whose body only passes, continues, breaks, returns None or cleans up (rollback, close) \u2014 it neither re-raises, nor logs, nor uses the exception.",
    why: "Catching every exception and saying nothing turns every bug in the try block into silent wrong behaviour: nobody learns that it happened, and no log line says where.",
    example: "try:\n    raw = redis_client.get(key)\nexcept Exception:\n    return None",
    useInstead: 'try:\n    raw = redis_client.get(key)\nexcept redis.RedisError:\n    logger.warning("cache read failed for %s", key, exc_info=True)\n    return None'
  }
};
var CLEANUP_METHODS = /^(rollback|close|aclose|cleanup|clean_up|release|unlock|kill|terminate|cancel|shutdown|disconnect|reset|discard|unlink|remove|rmtree|flush|expunge|expunge_all|invalidate|abort|collect|dispose|stop)$/;
var MAY_BE_BROAD = /(?<!\w)except(?=[\s\\]*[:(*#\\]|[^:\n#]*(?:Exception|\\))/g;
var swallowedException = {
  kind: "python",
  meta: meta16,
  // (`module`: the modules the pattern cannot speak for, below.)
  anchors: { except_clause: MAY_BE_BROAD, module: /^/g },
  create({ file, report }) {
    const check = (node) => {
      const broad = isBroadExcept(file, node);
      if (!broad) return;
      const body2 = exceptBody(node);
      if (!body2) return;
      const fn = file.enclosingFunction(node);
      if (fn?.childForFieldName("name")?.text === "__del__") return;
      if (!isSilent(file, body2, exceptAlias(node)?.text ?? null) || isBestEffortCleanup(file, node))
        return;
      const what = broad === "bare" ? "A bare `except:`" : `\`except ${broad}\``;
      report({
        at: exceptHeaderSpan(file, node),
        message: `${what} swallows the error here: nothing is re-raised, logged or used; catch the specific exceptions, or log it (\`logger.exception(...)\`) before carrying on.`
      });
    };
    if (file.root.hasError || broadAliases(file).length > 0) {
      return {
        module(root) {
          for (const clause of root.descendantsOfType("except_clause")) if (clause) check(clause);
        }
      };
    }
    return { except_clause: check };
  }
};
function isSilent(file, body2, alias) {
  const statements = body2.namedChildren.filter(
    (child) => child !== null && child.type !== "comment"
  );
  if (statements.length === 0) return false;
  if (alias && file.text.slice(body2.startIndex, body2.endIndex).includes(alias) && body2.descendantsOfType("identifier").some((id) => id?.text === alias))
    return false;
  return statements.every((statement) => isSilentStatement(file, statement));
}
function isSilentStatement(file, statement) {
  switch (statement.type) {
    case "pass_statement":
    case "continue_statement":
    case "break_statement":
      return true;
    case "return_statement": {
      const value = statement.namedChildren.find((child) => child?.type !== "comment");
      return !value || value.type === "none";
    }
    case "expression_statement": {
      const expression = statement.namedChildren[0];
      if (!expression) return false;
      if (expression.type === "ellipsis" || expression.type === "string") return true;
      if (expression.type === "call") return isCleanupCall(file, expression);
      if (expression.type === "await") {
        const awaited = expression.namedChildren[0];
        return awaited?.type === "call" && isCleanupCall(file, awaited);
      }
      return false;
    }
    default:
      return false;
  }
}
function isBestEffortCleanup(file, clause) {
  const holder = file.parentOf(clause);
  const tryBody = holder && file.typeOf(holder) === "try_statement" ? holder.childForFieldName("body") : null;
  const statements = tryBody?.namedChildren.filter(
    (child) => child !== null && child.type !== "comment"
  ) ?? [];
  return statements.length > 0 && statements.every((statement) => {
    const expression = statement.type === "expression_statement" ? statement.namedChildren[0] : null;
    const call = expression?.type === "await" ? expression.namedChildren[0] : expression;
    return call?.type === "call" && isCleanupCall(file, call);
  });
}
function isCleanupCall(file, call) {
  const callee = call.childForFieldName("function");
  if (callee?.type !== "attribute") return false;
  return CLEANUP_METHODS.test(file.calleeTail(call) ?? "");
}

// src/patterns/python/error-handling/index.ts
var ERROR_HANDLING_RULES = [
  bareExcept,
  swallowedException,
  raiseWithoutFrom,
  errorDetailLeak,
  httpWithoutTimeout
];

// src/patterns/python/logging/eager-log-format.ts
var meta17 = {
  id: "PBP502",
  name: "eager-log-format",
  tool: "patterns",
  section: "logging",
  level: "note",
  precision: "very-high",
  summary: "A log message is formatted before the logging call instead of passing its values as arguments.",
  docs: {
    what: "Finds logging calls (logging.*, loggers from getLogger/structlog/loguru, receivers named logger/log) whose message is an f-string with values, a %-formatted string, a str.format() call or text joined to values with +. Build scripts (setup.py, noxfile.py, fabfile.py, docs/conf.py) are left out: they log a few lines per build.",
    why: "The logging module formats a message only when a handler emits it. Formatting it before the call costs the work even when the level is disabled, lets a formatting error escape into the caller, and turns one message template into thousands of distinct strings that log tools cannot group.",
    example: 'logger.info(f"order {order.id} paid by user {user.id}")\nlogger.warning("retry %d of %d" % (attempt, limit))',
    useInstead: 'logger.info("order %s paid by user %s", order.id, user.id)\nlogger.warning("retry %d of %d", attempt, limit)'
  }
};
var FORMATS = /[{%+]|format/;
var CURRENT_NAME = { warn: "warning", fatal: "critical" };
var eagerLogFormat = {
  kind: "python",
  meta: meta17,
  // `logger.info(…)`: the logging method ends the callee.
  anchors: { call: methodCallAnchor(LOG_METHODS) },
  create({ file, report }) {
    if (isBuildScript(file) || !mayHaveLogCalls(file) || !mayLog(file)) return {};
    return {
      call(node) {
        if (!FORMATS.test(file.text.slice(node.startIndex, node.endIndex))) return;
        const logged = logShape(file, node);
        if (!logged?.message) return;
        const how = eagerFormatting(file, logged.message);
        if (!how || !loggingCall(file, node)) return;
        report({
          at: node,
          message: `This log message is built with ${how} before the call; pass a constant message and the values as arguments (\`.${CURRENT_NAME[logged.method] ?? logged.method}("\u2026 ${isLoguruCall(file, node) ? "{}" : "%s"}", value)\`).`
        });
      }
    };
  }
};

// src/patterns/python/logging/error-log-without-traceback.ts
var meta18 = {
  id: "PBP503",
  name: "error-log-without-traceback",
  tool: "patterns",
  section: "logging",
  level: "note",
  precision: "high",
  summary: "An error is logged inside an except block without its traceback.",
  docs: {
    what: 'Finds logger.error(...) and logging.error(...) inside an except block without exc_info= or stack_info=True, when the block neither logs the traceback elsewhere (logger.exception, exc_info=, traceback.print_exc() or format_exc()) nor raises (the exception, or a new one: raise ConfigError(...) from exc; an HTTP error such as raise HTTPException(500) becomes a response and keeps nothing). A handler of an ORM\u2019s "no such row" exception (Model.DoesNotExist, NoResultFound) or of a timeout (asyncio.TimeoutError, CancelledError), or one that tells OS errors apart by their code (e.errno), handles an expected outcome and is left out.',
    why: "The log says that something failed but not where: the traceback of the exception being handled is dropped. logger.exception(...) logs the same message at ERROR level with the traceback attached.",
    example: 'try:\n    charge(order)\nexcept PaymentError:\n    logger.error("charge %s failed", order.id)',
    useInstead: 'try:\n    charge(order)\nexcept PaymentError:\n    logger.exception("charge %s failed", order.id)'
  }
};
var errorLogWithoutTraceback = {
  kind: "python",
  meta: meta18,
  // `logger.error(…)`: the method ends the callee.
  anchors: { call: methodCallAnchor(["error"]) },
  create({ file, report }) {
    if (!file.text.includes("except") || !mayHaveLogCalls(file, "error") || !mayLog(file) || !mayLog(file, "error"))
      return {};
    return {
      call(node) {
        const { calleeType, tail } = callShape(file, node);
        if (calleeType !== "attribute" || tail !== "error") return;
        const clause = enclosingExceptClause(file, node);
        if (!clause || catchesOnlyMisses(clause)) return;
        if (file.keywordArgument(node, "exc_info") || isTrue(file.keywordArgument(node, "stack_info")))
          return;
        if (hasDictionarySplat2(node) || !loggingCall(file, node)) return;
        const body2 = exceptBody(clause);
        const alias = exceptAlias(clause)?.text ?? null;
        if (!body2 || keepsTraceback(file, body2) || readsErrorCode(body2, alias)) return;
        report({
          at: node,
          message: `This error is logged inside an except block without its traceback; use \`logger.exception(...)\` or ${isLoguruCall(file, node) ? "`logger.opt(exception=True).error(...)`" : "pass `exc_info=True`"}.`
        });
      }
    };
  }
};
var LOOKUP_MISS = /(?:^|\.)(?:DoesNotExist|ObjectDoesNotExist|NoResultFound|TimeoutError|CancelledError|timeout)$/;
function catchesOnlyMisses(clause) {
  const types = caughtTypes(clause);
  return types.length > 0 && types.every((type) => LOOKUP_MISS.test(type.text));
}
function readsErrorCode(body2, alias) {
  if (!alias) return false;
  return new RegExp(
    `(?<![\\w.])${alias}\\s*\\.\\s*(?:errno|winerror|args\\s*\\[\\s*0\\s*\\])\\s*(?:[=!]=|(?:not\\s+)?in\\b)`
  ).test(body2.text);
}
function isTrue(node) {
  return node !== null && node.type !== "false" && node.type !== "none";
}
function hasDictionarySplat2(call) {
  return call.childForFieldName("arguments")?.namedChildren.some((arg) => arg?.type === "dictionary_splat") ?? false;
}
function keepsTraceback(file, body2) {
  const fn = file.enclosingFunction(body2)?.id;
  for (const statement of body2.descendantsOfType(["call", "raise_statement"])) {
    if (!statement) continue;
    if (statement.type === "raise_statement") {
      if (file.enclosingFunction(statement)?.id === fn && !raisesHttpError(file, statement))
        return true;
      continue;
    }
    const logging = loggingCall(file, statement);
    if (logging && (logging.method === "exception" || file.keywordArgument(statement, "exc_info")))
      return true;
    if (KEEPS_TRACEBACK.test(file.callName(statement) ?? "")) return true;
  }
  return false;
}
function raisesHttpError(file, statement) {
  return HTTP_ERROR.test(raisedClassName(file, statement));
}
var HTTP_ERROR = /(^|\.)(\w*HTTPException|WebSocketException|HTTP[A-Z]\w*|Http404|APIException)$|^(werkzeug\.exceptions|rest_framework\.exceptions)\./;
var KEEPS_TRACEBACK = /^(traceback\.(?:print_exc|print_exception|format_exc|format_exception|format_tb)|sys\.excepthook|sentry_sdk\.capture_exception|sys\.exit|exit|os\._exit|SystemExit)$/;

// src/patterns/python/semantic/logging-print.ts
var CLI_MODULES = [
  "argparse",
  "optparse",
  "getopt",
  "click",
  "typer",
  "docopt",
  "fire",
  "cmd",
  "cmd2",
  "code",
  "readline",
  "curses",
  "IPython",
  "prompt_toolkit",
  "rich",
  "tabulate",
  "termcolor",
  "colorama"
];
var PROGRAM_PATH = /(^|\/)(__main__|setup|noxfile|fabfile|tasks|cli|console|commands?|testing|pytester)\.py$|(^|\/)(cli|management\/commands|docs?|docs_src|tools|benchmarks?|notebooks?|testing)\/|(^|\/)(examples?|samples?|demos?)\/[^/]+\.py$/;
var OUTPUT_FUNCTION = /^(main|run_?main|cli|usage|help|print|pprint|show|display|dump|interact|repl|test|demo|bench\w*|perf\w*)(_|$)|^report$|^pretty_?print/i;
var programFiles = /* @__PURE__ */ new WeakMap();
function isProgramFile(file) {
  const known = programFiles.get(file);
  if (known !== void 0) return known;
  const program = file.isTest || file.isScript || file.isMigration || PROGRAM_PATH.test(file.path) || CLI_MODULES.some((module2) => file.importsModule(module2)) || /\bsys\.argv\b/.test(file.text) || isPlainScript(file);
  programFiles.set(file, program);
  return program;
}
function isPlainScript(file) {
  return !file.root.namedChildren.some(
    (statement) => statement?.type === "function_definition" || statement?.type === "class_definition" || statement?.type === "decorated_definition"
  );
}
function isBuiltinPrint(file, node) {
  if (node.type !== "identifier" || node.text !== "print") return false;
  if (file.imports().has("print")) return false;
  return !definesPrint(file);
}
var printDefinitions = /* @__PURE__ */ new WeakMap();
function definesPrint(file) {
  const known = printDefinitions.get(file);
  if (known !== void 0) return known;
  const defines = /\bdef\s+print\s*\(|^\s*print\s*=[^=]/m.test(file.text);
  printDefinitions.set(file, defines);
  return defines;
}
function isTraceFunction(fn) {
  const parameters = (fn.childForFieldName("parameters")?.text ?? "").replace(/\s+/g, "");
  return /^\((?:self,)?frame,event,arg\)$/.test(parameters);
}
function printIsOutput(file, node) {
  if (isProgramFile(file)) return true;
  if (file.isUnderMainGuard(node)) return true;
  if (node.type === "call" && writesToFile(file, node)) return true;
  let fn = file.enclosingFunction(node);
  while (fn) {
    const name2 = (fn.childForFieldName("name")?.text ?? "").replace(/^_+/, "");
    if (OUTPUT_FUNCTION.test(name2) || OUTPUT_DOCSTRING.test(docstring(fn)) || isTraceFunction(fn) || isCommand(file, fn) || talksToTerminal(file, fn))
      return true;
    fn = file.enclosingFunction(fn);
  }
  return false;
}
var OUTPUT_DOCSTRING = /^\s*(print|prints|show|shows|display|displays|dump|dumps|output|outputs|echo|echoes|pretty[- ]print)\b/i;
function docstring(fn) {
  const first = fn.childForFieldName("body")?.namedChildren.find((child) => child?.type !== "comment");
  const expression = first?.type === "expression_statement" ? first.namedChildren[0] : null;
  if (expression?.type !== "string") return "";
  return expression.namedChildren.filter((child) => child?.type === "string_content").map((child) => child?.text ?? "").join("");
}
var COMMAND_DECORATOR = /(^|\.)(command|group|callback|line_magic|cell_magic|line_cell_magic|magic_arguments|register_line_magic|register_cell_magic)$/;
var COMMAND_BASE = /(^|\.)(\w*Command|Magics|Cmd|\w*Console|\w*Shell|\w*Repl|\w*REPL|\w*Application)$/;
var OUTPUT_CLASS = /Display|Printer|Reporter|Console|Shell|Repl|REPL|Terminal|Profil/;
function isCommand(file, fn) {
  const decorated = fn.parent?.type === "decorated_definition" ? fn.parent : null;
  for (const decorator of decorated?.namedChildren ?? []) {
    if (decorator?.type !== "decorator") continue;
    const expression = decorator.namedChildren[0];
    const target = expression?.type === "call" ? expression.childForFieldName("function") : expression;
    if (target && COMMAND_DECORATOR.test(target.text)) return true;
  }
  const body2 = decorated ? decorated.parent : fn.parent;
  const cls = body2?.type === "block" ? body2.parent : null;
  if (cls?.type !== "class_definition") return false;
  if (OUTPUT_CLASS.test(cls.childForFieldName("name")?.text ?? "")) return true;
  const bases = cls.childForFieldName("superclasses")?.namedChildren ?? [];
  return bases.some(
    (base) => base !== null && base.type !== "keyword_argument" && COMMAND_BASE.test(file.qualifiedName(base) ?? base.text)
  );
}
var TERMINAL_CALL = /^(input|raw_input|getpass\.getpass|sys\.stdout\.write|sys\.stdout\.buffer\.write|sys\.stdout\.writelines|sys\.exit|exit|quit|os\._exit|SystemExit)$/;
var EXIT_EXCEPTION = /(^|\.)(SystemExit|Exit|Abort)$/;
var terminalFunctions = /* @__PURE__ */ new WeakMap();
function talksToTerminal(file, fn) {
  let byId = terminalFunctions.get(file);
  if (!byId) terminalFunctions.set(file, byId = /* @__PURE__ */ new Map());
  const known = byId.get(fn.id);
  if (known !== void 0) return known;
  const talks = fn.descendantsOfType(["call", "raise_statement"]).some((node) => {
    if (node?.type === "raise_statement") {
      return EXIT_EXCEPTION.test(raisedClassName(file, node));
    }
    const name2 = node ? file.callName(node) : null;
    return name2 !== null && TERMINAL_CALL.test(name2);
  });
  byId.set(fn.id, talks);
  return talks;
}
function writesToFile(file, call) {
  const target = file.keywordArgument(call, "file");
  if (!target) return false;
  const name2 = file.qualifiedName(target);
  return name2 !== "sys.stdout" && name2 !== "sys.stderr" && name2 !== "sys.__stdout__" && name2 !== "sys.__stderr__";
}

// src/patterns/python/logging/print-for-logging.ts
var meta19 = {
  id: "PBP501",
  name: "print-for-logging",
  tool: "patterns",
  section: "logging",
  level: "warning",
  precision: "high",
  summary: "Application code prints instead of logging.",
  docs: {
    what: 'Finds print(...) in application code and print passed as a callback (conn.set_trace_callback(print)); not in tests, scripts, migrations, command-line modules and terminal UIs, if __name__ == "__main__" blocks, commands and output functions (main, usage, print_*, show_*, dump*), functions that prompt or exit, or print(..., file=fh) to a file (print to sys.stdout or sys.stderr still counts).',
    why: "A printed line has no level, logger name, timestamp or request context: it cannot be filtered, silenced or routed, and it bypasses the structured (JSON) log format that log aggregation depends on.",
    example: 'async def charge_card(order_id: int, amount_cents: int) -> str:\n    print(f"charging order {order_id}: {amount_cents} cents")',
    useInstead: 'logger = logging.getLogger(__name__)\n\nasync def charge_card(order_id: int, amount_cents: int) -> str:\n    logger.info("charging order %s: %s cents", order_id, amount_cents)'
  }
};
function allowedByFlake8Print(text, node) {
  const start2 = text.lastIndexOf("\n", node.startIndex) + 1;
  const end = text.indexOf("\n", node.startIndex);
  const line = text.slice(start2, end === -1 ? void 0 : end);
  return /#\s*noqa\s*(:[^#]*\bT20[13]\b|$|[^:\s])/i.test(line);
}
var printForLogging = {
  kind: "python",
  meta: meta19,
  anchors: { call: ["print"], argument_list: ["print"] },
  create({ file, report }) {
    if (!file.text.includes("print") || isProgramFile(file)) return {};
    const passesPrint = /[(,=]\s*print\s*[,)]/.test(file.text);
    return {
      call(node) {
        const { callee, tail } = callShape(file, node);
        if (tail !== "print" || !callee || !isBuiltinPrint(file, callee) || printIsOutput(file, node) || allowedByFlake8Print(file.text, node))
          return;
        report({
          at: node,
          message: "`print()` in application code bypasses logging; use a logger (`logger.info(...)`) so the line has a level and context."
        });
      },
      argument_list(node) {
        if (!passesPrint) return;
        for (const argument of node.namedChildren) {
          const value = argument?.type === "keyword_argument" ? argument.childForFieldName("value") : argument;
          if (!value || !isBuiltinPrint(file, value) || printIsOutput(file, value)) continue;
          report({
            at: value,
            message: "`print` is passed as a callback, so this output bypasses logging; pass a logger method (`logger.debug`) instead."
          });
        }
      }
    };
  }
};

// src/patterns/python/logging/secret-in-log.ts
var meta20 = {
  id: "PBP504",
  name: "secret-in-log",
  tool: "patterns",
  section: "logging",
  level: "warning",
  precision: "high",
  summary: "A value named like a secret is written to the log.",
  tags: ["security", "external/cwe/cwe-532"],
  cwe: ["CWE-532"],
  securitySeverity: 5.5,
  docs: {
    what: 'Finds logging calls and print() whose arguments include a value named like a secret (password, token, secret, api_key, SECRET_KEY, form.password, data["token"]), directly or inside f-strings, %/.format() arguments and extra={...}.',
    why: "Logs are shipped to aggregators, kept in backups and read by many more people than the database. A password or token written to a log is a leaked credential.",
    example: 'logger.debug("login %s:%s", form.username, form.password)\nlogger.info(f"calling gateway with key {api_key}")',
    useInstead: 'logger.debug("login attempt for %s", form.username)\nlogger.info("calling gateway with key ending %s", api_key[-4:])'
  }
};
var TRANSPARENT_CALLS = /* @__PURE__ */ new Set([
  "str",
  "repr",
  "format",
  "ascii",
  "format_map",
  "join",
  "dict",
  "json.dumps",
  "pformat",
  "pprint.pformat"
]);
var DOTTED_TAILS = new Set(
  [...TRANSPARENT_CALLS].filter((name2) => name2.includes(".")).map((name2) => name2.split(".").pop())
);
var SECRET_TEXT = /secret|pass(?:w|phrase|(?![a-z0-9]))|token|credential|key|pwd|authorization|["'][\s\\]*(?:#[^\r\n]*[\r\n][\s\\]*)*[rbuft]{0,2}["']/i;
var secretInLog = {
  kind: "python",
  meta: meta20,
  // `logger.info(…)` and `print(…)`.
  anchors: { call: callAnchor(LOG_METHODS, ["print"]) },
  create({ file, report }) {
    if (file.isTest) return {};
    const prints = /\bprint\s*\(/.test(file.text);
    if (!prints && !(mayHaveLogCalls(file) && mayLog(file))) return {};
    return {
      call(node) {
        const { callee, calleeType, tail } = callShape(file, node);
        const logShaped = calleeType === "attribute" && LOG_METHODS.has(tail);
        if (!logShaped && (!prints || tail !== "print" || !callee)) return;
        if (!SECRET_TEXT.test(file.text.slice(node.startIndex, node.endIndex))) return;
        const names = /* @__PURE__ */ new Set();
        for (const argument of node.childForFieldName("arguments")?.namedChildren ?? []) {
          if (!argument) continue;
          if (argument.type === "keyword_argument") {
            const keyword = argument.childForFieldName("name")?.text ?? "";
            if (["sep", "end", "file", "flush", "exc_info", "stack_info", "stacklevel"].includes(
              keyword
            ))
              continue;
            if (logShaped && keyword !== "extra" && keyword !== "msg" && isLoggedSecret(keyword))
              names.add(keyword);
            collectSecretNames(file, argument.childForFieldName("value"), names);
          } else {
            collectSecretNames(file, argument, names);
          }
        }
        if (names.size === 0) return;
        const logging = logShaped ? loggingCall(file, node) : null;
        if (logShaped ? !logging : !callee || !isBuiltinPrint(file, callee) || printIsOutput(file, node))
          return;
        const list = [...names].map((name2) => `\`${name2}\``).join(", ");
        const what = logging ? "logged" : "printed";
        report({
          at: node,
          message: `${list} ${names.size === 1 ? "is" : "are"} ${what} here and looks like a secret; leave it out of the message or log a masked form.`
        });
      }
    };
  }
};
var HARMLESS_TOKEN = /* @__PURE__ */ new Set([
  "next",
  "start",
  "starting",
  "continuation",
  "page",
  "paging",
  "pagination",
  "resume",
  "sync",
  "acquire",
  "release",
  "cancel",
  "cancellation",
  "lock",
  "lexer",
  "parse",
  "parser"
]);
function isLoggedSecret(name2) {
  const words = nameWords(name2);
  if (words.at(-1) === "authorization") return true;
  if (!isSecretName(name2)) return false;
  return !(words.at(-1) === "token" && HARMLESS_TOKEN.has(words.at(-2) ?? ""));
}
function collectSecretNames(file, node, names) {
  if (!node) return;
  switch (node.type) {
    case "identifier":
      if (isLoggedSecret(node.text)) names.add(node.text);
      return;
    case "attribute": {
      const tail = node.childForFieldName("attribute")?.text ?? "";
      if (isLoggedSecret(tail)) names.add(node.text);
      return;
    }
    case "subscript": {
      const key = stringValue(node.childForFieldName("subscript"));
      if (key && isLoggedSecret(key)) names.add(node.text);
      return;
    }
    case "call": {
      const tail = file.calleeTail(node) ?? "";
      if (tail === "get") {
        const key = stringValue(file.positionalArguments(node)[0] ?? null);
        if (key && isLoggedSecret(key)) names.add(node.text);
        return;
      }
      if (!TRANSPARENT_CALLS.has(tail)) {
        if (node.childForFieldName("function")?.type === "attribute" && !DOTTED_TAILS.has(tail))
          return;
        if (!TRANSPARENT_CALLS.has(file.callName(node) ?? "")) return;
      }
      for (const argument of node.childForFieldName("arguments")?.namedChildren ?? []) {
        collectSecretNames(
          file,
          argument?.type === "keyword_argument" ? argument.childForFieldName("value") : argument,
          names
        );
      }
      if (tail === "format" || tail === "join")
        collectSecretNames(
          file,
          node.childForFieldName("function")?.childForFieldName("object") ?? null,
          names
        );
      return;
    }
    case "pair": {
      const key = stringValue(node.childForFieldName("key"));
      const value = node.childForFieldName("value");
      if (key && isLoggedSecret(key) && value && !isRedacted(value)) names.add(key);
      else collectSecretNames(file, value, names);
      return;
    }
    case "string":
      for (const child of node.namedChildren) {
        if (child?.type === "interpolation")
          collectSecretNames(file, child.childForFieldName("expression"), names);
      }
      return;
    case "keyword_argument":
      collectSecretNames(file, node.childForFieldName("value"), names);
      return;
    case "conditional_expression":
    case "binary_operator":
    case "concatenated_string":
    case "parenthesized_expression":
    case "tuple":
    case "list":
    case "set":
    case "dictionary":
    case "expression_list":
    case "argument_list":
      for (const child of node.namedChildren) collectSecretNames(file, child, names);
      return;
    default:
      return;
  }
}
function isRedacted(node) {
  if (["integer", "float", "true", "false", "none", "call"].includes(node.type)) return true;
  if (node.type === "string" || node.type === "concatenated_string") {
    return !node.descendantsOfType("interpolation").some((interpolation) => interpolation !== null);
  }
  if (node.type === "subscript") return node.childForFieldName("subscript")?.type === "slice";
  if (node.type === "attribute") {
    return DESCRIBING_ATTRIBUTE.test(node.childForFieldName("attribute")?.text ?? "");
  }
  return false;
}
var DESCRIBING_ATTRIBUTE = /^(id|pk|uuid|type|kind|name|label|count|length|scope|scopes|prefix|suffix|last4|hint|expires\w*|expiry|created\w*|issued\w*|hash\w*)$/;

// src/patterns/python/logging/index.ts
var LOGGING_RULES = [
  printForLogging,
  eagerLogFormat,
  errorLogWithoutTraceback,
  secretInLog
];

// src/patterns/python/semantic/perf-loops.ts
var COMPREHENSIONS = /* @__PURE__ */ new Set([
  "list_comprehension",
  "set_comprehension",
  "dictionary_comprehension",
  "generator_expression"
]);
var BOUNDARIES = /* @__PURE__ */ new Set(["function_definition", "lambda", "class_definition"]);
var LOOP_TYPES2 = /* @__PURE__ */ new Set([...COMPREHENSIONS, "for_statement", "while_statement"]);
function loopsAround(file, node) {
  const loops = [];
  const chain = file.ancestry(node);
  for (let i2 = chain.length - 2; i2 >= 0; i2--) {
    const current = chain[i2];
    const child = chain[i2 + 1];
    if (!current || !child) break;
    const type = file.typeOf(current);
    if (BOUNDARIES.has(type)) break;
    if (!LOOP_TYPES2.has(type)) continue;
    const loop = asLoop(current);
    if (loop && isRepeatedPart(current, child)) loops.push(loop);
  }
  return loops;
}
function asLoop(node) {
  if (node.type === "for_statement") {
    return {
      node,
      kind: "for",
      iterable: node.childForFieldName("right"),
      targets: node.childForFieldName("left")
    };
  }
  if (node.type === "while_statement")
    return { node, kind: "while", iterable: null, targets: null };
  if (COMPREHENSIONS.has(node.type)) {
    const first = node.namedChildren.find((c) => c?.type === "for_in_clause") ?? null;
    return {
      node,
      kind: "comprehension",
      iterable: first?.childForFieldName("right") ?? null,
      targets: first?.childForFieldName("left") ?? null
    };
  }
  return null;
}
function runsAtMostOnce(file, loop, node) {
  if (loop.kind !== "for") return false;
  const chain = file.ancestry(node);
  const top = chain.findIndex((ancestor) => ancestor.id === loop.node.id);
  if (top < 0) return false;
  const inner = chain.findIndex((ancestor, k) => k > top && LOOP_TYPES2.has(file.typeOf(ancestor)));
  for (let i2 = chain.length - 1; i2 > top; i2--) {
    const holder = chain[i2 - 1];
    const child = chain[i2];
    if (!holder || !child) return false;
    if (file.typeOf(holder) !== "block") continue;
    const innerLoop = inner !== -1 && inner < i2 - 1;
    let after = false;
    for (const statement of holder.namedChildren) {
      if (!statement) continue;
      if (!after) {
        after = statement.id === child.id;
        continue;
      }
      if (statement.type === "continue_statement") return false;
      if (statement.type === "break_statement" ? !innerLoop : EXITS.has(statement.type))
        return true;
    }
  }
  return false;
}
var EXITS = /* @__PURE__ */ new Set(["break_statement", "return_statement", "raise_statement"]);
function isRepeatedPart(loop, child) {
  if (loop.type === "for_statement") return child.id === loop.childForFieldName("body")?.id;
  if (loop.type === "while_statement")
    return child.id === loop.childForFieldName("body")?.id || child.id === loop.childForFieldName("condition")?.id;
  const first = loop.namedChildren.find((c) => c?.type === "for_in_clause");
  if (child.id !== first?.id) return true;
  return false;
}
function isFixedLiteralLoop(file, loop) {
  return loop.iterable !== null && isFixedLiteral(file, loop.iterable, 0);
}
function isEmptyCollection(node) {
  return ["list", "tuple", "set", "dictionary"].includes(node.type) && node.namedChildren.every((child) => child?.type === "comment");
}
function isFilledIn(file, name2) {
  const scope = file.enclosingFunction(name2) ?? file.root;
  const word = escapeRegExp(name2.text);
  return new RegExp(
    `(?<![\\w.])${word}\\s*(?:\\[[^\\]\\n]*\\]\\s*=(?!=)|\\.\\s*(?:append|extend|update|add|insert|setdefault)\\s*\\()`
  ).test(file.text.slice(scope.startIndex, scope.endIndex));
}
function isFixedLiteral(file, node, depth) {
  if (depth > 3) return false;
  switch (node.type) {
    case "list":
    case "tuple":
    case "set":
    case "dictionary":
      return !node.namedChildren.some(
        (c) => c?.type === "list_splat" || c?.type === "dictionary_splat"
      );
    case "string":
    case "concatenated_string":
      return true;
    case "parenthesized_expression":
      return node.namedChildren[0] ? isFixedLiteral(file, node.namedChildren[0], depth + 1) : false;
    case "identifier": {
      const value = file.resolveValue(node);
      if (value === null || value.id === node.id || !isFixedLiteral(file, value, depth + 1))
        return false;
      return !isEmptyCollection(value) && !isFilledIn(file, node);
    }
    case "attribute": {
      return false;
    }
    case "call": {
      const callee = node.childForFieldName("function");
      const args2 = file.positionalArguments(node);
      if (callee?.type === "identifier") {
        if (callee.text === "range")
          return args2.length > 0 && args2.every((arg) => arg.type === "integer" && Number(arg.text) <= 100);
        if (["enumerate", "zip", "reversed", "sorted", "list", "tuple", "set"].includes(callee.text)) {
          return args2.length > 0 && args2.every((arg) => isFixedLiteral(file, arg, depth + 1));
        }
      }
      if (callee?.type === "attribute" && ["items", "keys", "values"].includes(callee.childForFieldName("attribute")?.text ?? "")) {
        const object = callee.childForFieldName("object");
        return object ? isFixedLiteral(file, object, depth + 1) : false;
      }
      return false;
    }
    default:
      return false;
  }
}
var PATTERNS = /* @__PURE__ */ new Set([
  "pattern_list",
  "tuple_pattern",
  "list_pattern",
  "list_splat_pattern",
  "parenthesized_expression",
  "as_pattern_target",
  "tuple",
  "list"
]);
var varyingCache = /* @__PURE__ */ new WeakMap();
function varyingNames(file, loop) {
  let perLoop = varyingCache.get(file);
  if (!perLoop) varyingCache.set(file, perLoop = /* @__PURE__ */ new Map());
  const cached = perLoop.get(loop.node.id);
  if (cached) return cached;
  const names = /* @__PURE__ */ new Set();
  const addTargets = (target) => {
    if (!target) return;
    if (target.type === "identifier") names.add(target.text);
    else if (PATTERNS.has(target.type)) for (const part of target.namedChildren) addTargets(part);
  };
  if (loop.kind === "comprehension") {
    for (const clause of loop.node.namedChildren)
      if (clause?.type === "for_in_clause") addTargets(clause.childForFieldName("left"));
  } else {
    addTargets(loop.targets);
  }
  const body2 = loop.kind === "comprehension" ? loop.node : loop.node.childForFieldName("body");
  if (body2) {
    for (const assignment of body2.descendantsOfType([
      "assignment",
      "augmented_assignment",
      "named_expression",
      "for_statement",
      "for_in_clause",
      "as_pattern_target"
    ])) {
      if (!assignment) continue;
      if (assignment.type === "named_expression") addTargets(assignment.childForFieldName("name"));
      else if (assignment.type === "as_pattern_target") addTargets(assignment);
      else addTargets(assignment.childForFieldName("left"));
    }
  }
  perLoop.set(loop.node.id, names);
  return names;
}
function isAttributePart(id) {
  return id.parent?.type === "attribute" && id.parent.childForFieldName("attribute")?.id === id.id;
}
function readsAny(expression, names) {
  if (names.size === 0) return false;
  if (expression.type === "identifier") return names.has(expression.text);
  for (const id of expression.descendantsOfType("identifier")) {
    if (id && names.has(id.text) && !isAttributePart(id) && !isKeywordName(id)) return true;
  }
  return false;
}
function isKeywordName(id) {
  return id.parent?.type === "keyword_argument" && id.parent.childForFieldName("name")?.id === id.id;
}
function chainTop(file, call) {
  const chain = file.ancestry(call);
  let top = call;
  for (let i2 = chain.length - 1; i2 >= 2; i2 -= 2) {
    const attribute = chain[i2 - 1];
    const outer = chain[i2 - 2];
    if (!attribute || !outer || file.typeOf(attribute) !== "attribute" || attribute.childForFieldName("object")?.id !== top.id)
      return top;
    if (file.typeOf(outer) !== "call" || outer.childForFieldName("function")?.id !== attribute.id)
      return top;
    top = outer;
  }
  return top;
}
function chainArguments(file, call, top) {
  const lists = [];
  const chain = file.ancestry(call);
  for (let i2 = chain.length - 1; i2 >= 0; i2--) {
    const current = chain[i2];
    if (!current) break;
    if (file.typeOf(current) === "call") {
      const args2 = current.childForFieldName("arguments");
      if (args2) lists.push(args2);
    }
    if (current.id === top.id) break;
  }
  return lists;
}
var BATCH_FUNCTION = /chunk|batch|page|slice|partition|bucket|window|split|^(islice|grouper|groupby|paginate)$/i;
var BATCH_WORD = /^(chunk|batch|page|slice|partition|bucket|window)(e?s)?$/i;
function namesBatches(name2) {
  return name2.split(/[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])/).some((word) => BATCH_WORD.test(word));
}
function isBatchLoop(file, loop) {
  const targets = loop.targets?.text ?? "";
  if (namesBatches(targets)) return true;
  const iterable = loop.iterable;
  if (!iterable) return false;
  if (iterable.type === "call") {
    const callee = iterable.childForFieldName("function");
    const name2 = callee?.type === "attribute" ? callee.childForFieldName("attribute")?.text : callee?.text;
    if (name2 === "range" && file.positionalArguments(iterable).length === 3) return true;
    if (name2 && BATCH_FUNCTION.test(name2)) return true;
  }
  return iterable.type === "identifier" && namesBatches(iterable.text);
}
function describeLoop(loop) {
  const text = (loop.iterable?.text ?? "the items").replace(/\s+/g, " ");
  return `\`${cutShort(text)}\``;
}
function cutShort(text, max = 40) {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 3);
  const end = head.search(/\w*$/);
  return `${end > max / 2 ? head.slice(0, end) : head}\u2026`;
}

// src/patterns/python/semantic/perf-database.ts
function receiverName(callee) {
  if (callee.type !== "attribute") return null;
  const object = callee.childForFieldName("object");
  if (!object) return null;
  if (object.type === "identifier") return object.text;
  if (object.type === "attribute") return object.childForFieldName("attribute")?.text ?? null;
  return null;
}
var SESSION_NAME = /^_*(db|database|session|sess|s?db_?session|session_?db|async_?session|\w+_session|\w+_db|db_\w+|conn|connection|db_?conn(ection)?|\w+_conn(ection)?|tx|txn|transaction|uow|unit_of_work)$/i;
var CURSOR_NAME = /^_*(cursor|cur|\w+_cursor|cursor_\w+)$/i;
var NOT_DATABASE = /http|client|request|aiohttp|redis|socket|ws|ssh|sftp|ftp|smtp|imap|ldap|amqp|kafka|mq|grpc|browser|driver|mongo|elastic|es_|cache|user_session|login|cookie|flask_session|websocket/i;
function isSessionName(name2) {
  return name2 !== null && SESSION_NAME.test(name2) && !NOT_DATABASE.test(name2);
}
function isCursorName(name2) {
  return name2 !== null && CURSOR_NAME.test(name2) && !NOT_DATABASE.test(name2);
}
var SESSION_QUERIES = /* @__PURE__ */ new Set([
  "execute",
  "scalars",
  "scalar",
  "scalar_one",
  "scalar_one_or_none",
  "get",
  "get_one",
  "query",
  "exec",
  "refresh",
  // asyncpg, encode/databases
  "fetch",
  "fetchrow",
  "fetchval",
  "fetch_one",
  "fetch_all",
  "fetch_val"
]);
var MANAGERS = /* @__PURE__ */ new Set(["objects", "query", "_default_manager"]);
function databaseCallAnchor(extra = []) {
  return methodCallAnchor([...SESSION_QUERIES, ...extra], MANAGERS);
}
var ENGINE_CALL_ANCHOR = /(?<!\w)create_(?:async_)?engine(?!\w)/g;
function isClassName(node) {
  if (!node) return false;
  const name2 = node.type === "attribute" ? node.childForFieldName("attribute")?.text : node.type === "identifier" ? node.text : null;
  return !!name2 && /^_?[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*$/.test(name2);
}
function databaseCall(file, call) {
  const callee = call.childForFieldName("function");
  if (callee?.type !== "attribute") return null;
  const method = callee.childForFieldName("attribute")?.text ?? "";
  const object = callee.childForFieldName("object");
  if (!object) return null;
  const found = () => ({ call, label: `${shortText(object)}.${method}()` });
  if (object.type === "attribute" && MANAGERS.has(object.childForFieldName("attribute")?.text ?? "")) {
    const model = object.childForFieldName("object");
    if (isClassName(model)) return found();
    return null;
  }
  if (!SESSION_QUERIES.has(method)) return null;
  const receiver = receiverName(callee);
  if (isCursorName(receiver)) return method === "execute" ? found() : null;
  if (!isSessionName(receiver)) return null;
  const args2 = file.positionalArguments(call);
  switch (method) {
    case "get":
    case "get_one":
      return args2.length >= 2 && isClassName(args2[0]) ? found() : null;
    case "query":
    case "refresh":
      return args2.length >= 1 ? found() : null;
    default:
      return args2.length >= 1 || file.keywordArgument(call, "query") || file.keywordArgument(call, "statement") ? found() : null;
  }
}
function shortText(node) {
  const text = node.text.replace(/\s+/g, "");
  return cutShort(text);
}
function isEngineCall(file, call) {
  const tail = file.calleeTail(call);
  if (tail !== "create_engine" && tail !== "create_async_engine") return false;
  const qualified = file.callName(call) ?? "";
  return /^(sqlalchemy|sqlmodel)\./.test(qualified);
}
function poolClassOf(file, call) {
  const value = file.keywordArgument(call, "poolclass");
  if (!value) return null;
  const name2 = file.qualifiedName(file.resolveValue(value));
  return name2 ? name2.split(".").pop() ?? null : null;
}
function engineUrl(file, call) {
  const url = file.positionalArguments(call)[0] ?? file.keywordArgument(call, "url");
  return url ? file.resolveValue(url) : null;
}
function hasKeywordSplat(call) {
  return call.childForFieldName("arguments")?.namedChildren.some((arg) => arg?.type === "dictionary_splat") ?? false;
}
var createsEngine = /* @__PURE__ */ new WeakMap();
function mayCreateEngine(file) {
  let known = createsEngine.get(file);
  if (known === void 0) {
    known = /create_(?:async_)?engine/.test(file.text);
    createsEngine.set(file, known);
  }
  return known;
}
var MAY_QUERY = /\b(db|database|session|sess|conn|connection|cursor|cur|tx|txn|transaction|uow|engine)\b|_(session|db|conn|connection|cursor)\b|\b(db|session|cursor)_|\.(objects|query|_default_manager)\b/;
var queries = /* @__PURE__ */ new WeakMap();
function mayQuery(file) {
  let known = queries.get(file);
  if (known === void 0) {
    known = MAY_QUERY.test(file.text);
    queries.set(file, known);
  }
  return known;
}

// src/patterns/python/performance/add-in-loop.ts
var meta21 = {
  id: "PBP105",
  name: "add-in-loop",
  tool: "patterns",
  section: "performance",
  level: "note",
  precision: "high",
  summary: "Objects are added (`session.add`) or committed one at a time inside a loop.",
  docs: {
    what: 'Finds session.add(obj) inside a for loop or comprehension (note: use add_all), and session/connection commit() inside one (warning: one transaction per item). Not reported: add() over a literal collection (for name in ("admin", "staff")) or of the rows a query loaded (already in the session), while loops, batched commits, tests and migrations.',
    why: "add() per item hides a batch behind N calls; add_all() says it is one and lets the session batch the INSERT. A commit() per item costs a transaction, a round trip and a disk flush on the server for every row, and a failure halfway leaves half the batch written.",
    example: "for row in rows:\n    product = Product(**row)\n    db.add(product)\n    db.commit()",
    useInstead: "products = [Product(**row) for row in rows]\ndb.add_all(products)\ndb.commit()"
  }
};
var addInLoop = {
  kind: "python",
  meta: meta21,
  // `session.add(…)`, `db.commit()`.
  anchors: { call: methodCallAnchor(["add", "commit"]) },
  create({ file, report }) {
    if (file.isTest || file.isMigration) return {};
    const names = dottedNamesIn(file);
    if (!names.has("add") && !names.has("commit")) return {};
    return {
      call(node) {
        const callee = node.childForFieldName("function");
        if (callee?.type !== "attribute") return;
        const method = callee.childForFieldName("attribute")?.text;
        if (method !== "add" && method !== "commit") return;
        const receiver = receiverName(callee);
        if (!isSessionName(receiver) || !mayQuery(file)) return;
        if (method === "add" && isSetName(file, callee.childForFieldName("object"))) return;
        const args2 = file.positionalArguments(node);
        if (method === "add" ? args2.length !== 1 : args2.length !== 0) return;
        const loop = batchLoop(file, node, method === "add");
        if (!loop) return;
        if (method === "add" && isLoadedRow(file, loop, args2[0] ?? null)) return;
        const over = describeLoop(loop);
        if (method === "add") {
          report({
            at: node,
            message: `${receiver}.add() is called once per item of the loop over ${over}; collect the objects and call ${receiver}.add_all() once.`
          });
        } else if (!isBatchedCommit(file, node, loop)) {
          report({
            at: node,
            level: "warning",
            message: `${receiver}.commit() inside the loop over ${over} runs one transaction per item; commit once after the loop.`
          });
        }
      }
    };
  }
};
function isRangeLoop(loop) {
  const iterable = loop.iterable;
  return iterable?.type === "call" && iterable.childForFieldName("function")?.text === "range";
}
function batchLoop(file, call, skipFixedLiterals) {
  for (const loop of loopsAround(file, call)) {
    if (loop.kind === "while" || isBatchLoop(file, loop)) return null;
    if (skipFixedLiterals && isFixedLiteralLoop(file, loop) && !isRangeLoop(loop) || runsAtMostOnce(file, loop, call))
      continue;
    return loop;
  }
  return null;
}
function isSetName(file, receiver) {
  if (receiver?.type !== "identifier") return false;
  const value = file.assignedValue(receiver.text, receiver);
  if (!value) return false;
  if (value.type === "set" || value.type === "set_comprehension") return true;
  return value.type === "call" && /^(set|frozenset)$/.test(file.callName(value) ?? "");
}
function isLoadedRow(file, loop, added) {
  if (added?.type !== "identifier" || loop.targets?.text !== added.text) return false;
  return isQueryResult(file, loop.iterable, 0);
}
function isQueryResult(file, node, depth) {
  if (!node || depth > 8) return false;
  const value = file.resolveValue(node);
  if (!value) return false;
  if (value.type === "await" || value.type === "parenthesized_expression") {
    const inner = value.namedChildren.find((child) => child?.type !== "comment") ?? null;
    return isQueryResult(file, inner, depth + 1);
  }
  if (value.type !== "call") return false;
  if (databaseCall(file, value)) return true;
  const callee = value.childForFieldName("function");
  return callee?.type === "attribute" && isQueryResult(file, callee.childForFieldName("object"), depth + 1);
}
function isBatchedCommit(file, call, loop) {
  const chain = file.ancestry(call);
  for (let i2 = chain.length - 2; i2 >= 0; i2--) {
    const current = chain[i2];
    if (!current || current.id === loop.node.id) break;
    if (file.typeOf(current) === "if_statement") {
      const condition = current.childForFieldName("condition")?.text ?? "";
      if (/%|\blen\(|>=|>|==\s*0\b|batch|chunk|size/i.test(condition)) return true;
    }
  }
  if (loop.kind !== "for") return false;
  const body2 = loop.node.childForFieldName("body");
  return body2 !== null && hasLoopBefore(file, body2, call.startIndex);
}
function hasLoopBefore(file, body2, offset) {
  const keyword = /(?<!\w)(?:for|while)(?!\w)/g;
  keyword.lastIndex = body2.startIndex;
  for (let match = keyword.exec(file.text); match; match = keyword.exec(file.text)) {
    if (match.index >= offset) return false;
    const leaf = body2.descendantForIndex(match.index, match.index + match[0].length);
    if (!leaf || leaf.startIndex !== match.index || leaf.type !== match[0]) continue;
    const statement = file.parentOf(leaf);
    const type = statement ? file.typeOf(statement) : "";
    if (type === "for_statement" || type === "while_statement") return true;
  }
  return false;
}

// src/patterns/python/performance/blocking-call-in-async.ts
var meta22 = {
  id: "PBP106",
  name: "blocking-call-in-async",
  tool: "patterns",
  section: "performance",
  level: "warning",
  precision: "very-high",
  summary: "A blocking call runs directly inside an `async def` and stalls the event loop.",
  docs: {
    what: "Finds time.sleep, requests.* (and httpx.get/post/\u2026), urllib.request.urlopen, subprocess.run/call/check_call/check_output and open(...).read() called directly inside an async def.",
    why: "An async def runs on the event loop\u2019s only thread; while it blocks, every other request that worker serves waits as well. One slow HTTP call or sleep stalls the whole service.",
    example: 'async def charge(order_id: int) -> None:\n    resp = requests.post(PAYMENTS_URL, json={"order": order_id}, timeout=10)\n    time.sleep(1)',
    useInstead: 'async def charge(order_id: int) -> None:\n    async with httpx.AsyncClient(timeout=10) as client:\n        resp = await client.post(PAYMENTS_URL, json={"order": order_id})\n    await asyncio.sleep(1)'
  }
};
var SUBPROCESS_CALLS = /* @__PURE__ */ new Set([
  "run",
  "call",
  "check_call",
  "check_output",
  "getoutput",
  "getstatusoutput"
]);
var INSTEAD = {
  sleep: "await asyncio.sleep(\u2026)",
  http: "an async client (httpx.AsyncClient, aiohttp) or await asyncio.to_thread(\u2026)",
  subprocess: "await asyncio.create_subprocess_exec(\u2026)",
  file: "await asyncio.to_thread(\u2026) or aiofiles"
};
var BLOCKING_MODULES = ["time", "requests", "httpx", "urllib", "urllib2", "subprocess"];
var blockingCallInAsync = {
  kind: "python",
  meta: meta22,
  // The last name of what is called (`sleep`, `get`, `urlopen`, `read`), or an import alias of
  // one, ends the callee.
  anchors: {
    call: [
      .../* @__PURE__ */ new Set([
        "sleep",
        "urlopen",
        "read",
        "readlines",
        "write",
        ...REQUESTS_VERBS,
        ...SUBPROCESS_CALLS
      ])
    ]
  },
  create({ file, report }) {
    if (file.isTest || !file.text.includes("async def")) return {};
    if (!BLOCKING_MODULES.some((module2) => file.importsModule(module2)) && !/(?<!\w)open(?!\w)/.test(file.text))
      return {};
    return {
      call(node) {
        const blocking = blockingKind(file, node);
        if (!blocking || !directlyInAsync(file, node)) return;
        const name2 = blocking.label;
        report({
          at: node,
          message: `${name2} blocks the event loop inside this async def, stalling every other request; use ${INSTEAD[blocking.kind]}.`
        });
      }
    };
  }
};
function blockingKind(file, call) {
  const name2 = file.callName(call);
  if (!name2) return null;
  const head = rootName(call.childForFieldName("function"));
  if (!head) return null;
  if (head !== "open" && !file.imports().has(head)) return null;
  if (name2 === "time.sleep") return { kind: "sleep", label: "time.sleep()" };
  const parts2 = name2.split(".");
  const tail = parts2[parts2.length - 1] ?? "";
  if (parts2[0] === "requests") {
    const direct = parts2.length === 2 || parts2.length === 3 && parts2[1] === "api";
    const session = /^requests\.(Session|session|sessions\.Session)\.\(\)\.\w+$/.test(name2);
    if ((direct || session) && REQUESTS_VERBS.has(tail))
      return { kind: "http", label: `${name2.replace(".().", "().")}()` };
    return null;
  }
  if (parts2[0] === "httpx" && parts2.length === 2 && REQUESTS_VERBS.has(tail))
    return { kind: "http", label: `${name2}()` };
  if (name2 === "urllib.request.urlopen" || name2 === "urllib2.urlopen")
    return { kind: "http", label: "urlopen()" };
  if (parts2[0] === "subprocess" && parts2.length === 2 && SUBPROCESS_CALLS.has(tail))
    return { kind: "subprocess", label: `${name2}()` };
  if (/^open\.\(\)\.(read|readlines|write)$/.test(name2) && !file.imports().has("open"))
    return { kind: "file", label: `open(\u2026).${tail}()` };
  return null;
}
function directlyInAsync(file, node) {
  const chain = file.ancestry(node);
  for (let i2 = chain.length - 2; i2 >= 0; i2--) {
    const current = chain[i2];
    if (!current) break;
    const type = file.typeOf(current);
    if (type === "lambda") return false;
    if (type === "function_definition") return isAsyncFunction(current);
  }
  return false;
}
function rootName(node) {
  let current = node;
  while (current) {
    if (current.type === "identifier") return current.text;
    if (current.type === "attribute") current = current.childForFieldName("object");
    else if (current.type === "call") current = current.childForFieldName("function");
    else return null;
  }
  return null;
}

// src/patterns/python/performance/cache-without-expiry.ts
var meta23 = {
  id: "PBP107",
  name: "cache-without-expiry",
  tool: "patterns",
  section: "performance",
  level: "note",
  precision: "high",
  summary: "A redis key is set without an expiry.",
  docs: {
    what: "Finds redis set(key, value) calls without ex/px/exat/pxat/keepttl, on a redis client (created in the file with redis/aioredis, or named like one).",
    why: "A cache entry with no time to live serves stale data until someone deletes it, and the keys accumulate until redis runs out of memory and starts evicting or refusing writes.",
    example: 'redis_client.set(f"product:{product_id}", json.dumps(data))',
    useInstead: 'redis_client.setex(f"product:{product_id}", 3600, json.dumps(data))\n# or: redis_client.set(key, value, ex=3600)'
  }
};
var EXPIRY = ["ex", "px", "exat", "pxat", "keepttl"];
var REDIS_FACTORY = /^(redis|aioredis|coredis|valkey)(\.asyncio|\.client|\.cluster|\.sentinel)?\.(Redis|StrictRedis|RedisCluster|Valkey|from_url|Redis\.from_url|StrictRedis\.from_url|create_redis_pool|create_redis|Sentinel\.\(\)\.master_for)$/;
var REDIS_NAME = /redis|^_*rds$/i;
var cacheWithoutExpiry = {
  kind: "python",
  meta: meta23,
  // `client.set(…)`.
  anchors: { call: methodCallAnchor(["set"]) },
  create({ file, report }) {
    if (file.isTest || !dottedNamesIn(file).has("set") || !/redis|\brds\b/i.test(file.text))
      return {};
    return {
      call(node) {
        if (file.calleeTail(node) !== "set") return;
        const callee = node.childForFieldName("function");
        const receiver = callee?.type === "attribute" ? callee.childForFieldName("object") : null;
        if (!receiver || !isRedisClient(file, receiver, 0)) return;
        if (file.positionalArguments(node).length !== 2 || hasKeywordSplat(node)) return;
        if (EXPIRY.some((name2) => file.keywordArgument(node, name2))) return;
        report({
          at: node,
          message: `${receiver.text.replace(/\s+/g, "")}.set() stores this key with no expiry, so it is never refreshed and never freed; use setex(key, seconds, value) or set(..., ex=seconds).`
        });
      }
    };
  }
};
function isRedisClient(file, receiver, depth) {
  if (depth > 4) return false;
  if (receiver.type === "identifier") {
    const value = file.resolveValue(receiver);
    if (value && value.id !== receiver.id) return isRedisClient(file, value, depth + 1);
    return REDIS_NAME.test(receiver.text) && !file.imports().has(receiver.text);
  }
  if (receiver.type === "attribute") {
    const name2 = receiver.childForFieldName("attribute")?.text ?? "";
    return REDIS_NAME.test(name2);
  }
  if (receiver.type === "await")
    return receiver.namedChildren[0] ? isRedisClient(file, receiver.namedChildren[0], depth + 1) : false;
  if (receiver.type === "call") {
    const qualified = file.callName(receiver) ?? "";
    if (REDIS_FACTORY.test(qualified) || REDIS_NAME.test(file.calleeTail(receiver) ?? ""))
      return true;
    const callee = receiver.childForFieldName("function");
    if (callee?.type === "attribute" && ["pipeline", "client"].includes(callee.childForFieldName("attribute")?.text ?? "")) {
      const object = callee.childForFieldName("object");
      return object ? isRedisClient(file, object, depth + 1) : false;
    }
  }
  return false;
}

// src/patterns/python/performance/engine-echo.ts
var meta24 = {
  id: "PBP102",
  name: "engine-echo",
  tool: "patterns",
  section: "performance",
  level: "warning",
  precision: "very-high",
  summary: "A database engine logs every SQL statement (`echo=True`).",
  docs: {
    what: 'Finds SQLAlchemy create_engine/create_async_engine calls with echo=True (or echo="debug") as a literal, outside tests.',
    why: "echo=True logs every statement and its parameters: it slows every query under load, floods the logs, and writes the parameter values (emails, tokens, password hashes) into them.",
    example: "engine = create_engine(DATABASE_URL, echo=True)",
    useInstead: "engine = create_engine(DATABASE_URL, echo=settings.SQL_ECHO)  # False in production"
  }
};
var engineEcho = {
  kind: "python",
  meta: meta24,
  // `create_engine(…)`, `sa.create_async_engine(…)`: the factory's name ends the callee.
  anchors: { call: ENGINE_CALL_ANCHOR },
  create({ file, report }) {
    if (file.isTest || !mayCreateEngine(file)) return {};
    return {
      call(node) {
        if (!isEngineCall(file, node)) return;
        const echo = file.keywordArgument(node, "echo");
        if (!echo || echo.type !== "true" && stringValue(echo) !== "debug") return;
        report({
          at: node,
          message: `${file.calleeTail(node)}(echo=${echo.text}) logs every SQL statement and its parameters; turn it off in production (echo=False, or from settings).`
        });
      }
    };
  }
};

// src/patterns/python/performance/engine-no-pre-ping.ts
var meta25 = {
  id: "PBP103",
  name: "engine-no-pre-ping",
  tool: "patterns",
  section: "performance",
  level: "note",
  precision: "high",
  summary: "A pooled engine for a server database does not test connections before use (`pool_pre_ping=True`).",
  docs: {
    what: "Finds SQLAlchemy create_engine/create_async_engine calls for a server database (any URL that is not SQLite) that do not pass pool_pre_ping.",
    why: "Pooled connections die while idle (database restarts, proxies and firewalls dropping idle connections, failovers); without a pre-ping the first request that draws such a connection fails. pool_pre_ping=True checks each connection on checkout and replaces a dead one.",
    example: "engine = create_engine(settings.DATABASE_URL, pool_size=10)",
    useInstead: "engine = create_engine(settings.DATABASE_URL, pool_size=10, pool_pre_ping=True, pool_recycle=3600)"
  }
};
var SERVER_SCHEMES = /^(postgres|postgresql|mysql|mariadb|oracle|mssql|cockroachdb|redshift|snowflake|db2|ibm_db_sa|sybase|firebird|teradata|trino|presto|clickhouse|vertica)(\+|:)/i;
var NO_POOL = /* @__PURE__ */ new Set(["NullPool", "StaticPool", "SingletonThreadPool", "AssertionPool"]);
var engineNoPrePing = {
  kind: "python",
  meta: meta25,
  // `create_engine(…)`, `sa.create_async_engine(…)`: the factory's name ends the callee.
  anchors: { call: ENGINE_CALL_ANCHOR },
  create({ file, report }) {
    if (file.isTest || file.isMigration || !mayCreateEngine(file)) return {};
    return {
      call(node) {
        if (!isEngineCall(file, node)) return;
        if (file.keywordArgument(node, "pool_pre_ping") || hasKeywordSplat(node)) return;
        const pool = poolClassOf(file, node);
        if (pool && NO_POOL.has(pool)) return;
        if (!isServerDatabase(file, node) || isDisposedHere(file, node)) return;
        report({
          at: node,
          message: `${file.calleeTail(node)}() without pool_pre_ping=True hands out pooled connections that may have died while idle; add pool_pre_ping=True.`
        });
      }
    };
  }
};
function isDisposedHere(file, call) {
  const fn = file.enclosingFunction(call);
  const assignment = file.parentOf(call);
  const name2 = assignment?.type === "assignment" ? assignment.childForFieldName("left") : null;
  if (!fn || name2?.type !== "identifier") return false;
  const dispose = new RegExp(`(?<![\\w.])${escapeRegExp(name2.text)}\\s*\\.\\s*dispose\\s*\\(`);
  return dispose.test(file.text.slice(call.endIndex, fn.endIndex));
}
function isServerDatabase(file, call) {
  if (/check_same_thread/.test(file.keywordArgument(call, "connect_args")?.text ?? ""))
    return false;
  const url = engineUrl(file, call);
  if (!url) return false;
  const literal = stringValue(url) ?? leadingText(url);
  if (literal !== null) return SERVER_SCHEMES.test(literal.trim());
  if (url.type === "identifier" && isParameterOf(file.enclosingFunction(call), url.text))
    return false;
  return !/sqlite/i.test(url.text);
}
function isParameterOf(fn, name2) {
  for (const parameter of fn?.childForFieldName("parameters")?.namedChildren ?? []) {
    const id = parameter?.type === "identifier" ? parameter : parameter?.childForFieldName("name") ?? parameter?.namedChildren[0];
    if (id?.text === name2) return true;
  }
  return false;
}
function leadingText(node) {
  if (node.type !== "string") return null;
  const first = node.namedChildren.find(
    (child) => child?.type === "string_content" || child?.type === "interpolation"
  );
  return first?.type === "string_content" && first.text.includes(":") ? first.text : null;
}

// src/patterns/python/performance/engine-null-pool.ts
var meta26 = {
  id: "PBP101",
  name: "engine-null-pool",
  tool: "patterns",
  section: "performance",
  level: "warning",
  precision: "very-high",
  summary: "A database engine is created without a connection pool (`poolclass=NullPool`).",
  docs: {
    what: "Finds SQLAlchemy create_engine/create_async_engine calls with poolclass=NullPool, outside tests and migration environments.",
    why: "NullPool opens and closes a real database connection for every checkout: a TCP (and TLS) handshake and authentication on every request, and nothing caps the number of connections under load. A pooled engine reuses connections.",
    example: "engine = create_async_engine(DATABASE_URL, poolclass=NullPool)",
    useInstead: "engine = create_async_engine(\n    DATABASE_URL,\n    pool_size=20,\n    max_overflow=10,\n    pool_recycle=3600,\n    pool_pre_ping=True,\n)"
  }
};
var engineNullPool = {
  kind: "python",
  meta: meta26,
  // `create_engine(…)`, `sa.create_async_engine(…)`: the factory's name ends the callee.
  anchors: { call: ENGINE_CALL_ANCHOR },
  create({ file, report }) {
    if (file.isTest || file.isMigration || !mayCreateEngine(file)) return {};
    return {
      call(node) {
        if (!isEngineCall(file, node) || poolClassOf(file, node) !== "NullPool") return;
        report({
          at: node,
          message: `${file.calleeTail(node)}() with poolclass=NullPool opens a new database connection for every checkout; use the default pool (pool_size, max_overflow, pool_pre_ping) instead.`
        });
      }
    };
  }
};

// src/patterns/python/performance/model-relationships.ts
import { existsSync as existsSync2 } from "node:fs";
var NOT_LAZY = /* @__PURE__ */ new Set([
  "joined",
  "selectin",
  "subquery",
  "immediate",
  "noload",
  "raise",
  "raise_on_sql",
  "write_only",
  "False",
  "None"
]);
var LAZY = /* @__PURE__ */ new Set(["select", "dynamic", "True"]);
var DJANGO_RELATION = /* @__PURE__ */ new Set([
  "ForeignKey",
  "OneToOneField",
  "ManyToManyField",
  "ParentalKey",
  "ParentalManyToManyField",
  "TreeForeignKey",
  "TreeManyToManyField"
]);
var MAY_DECLARE_MODELS = /(relationship|Relationship|ForeignKey|OneToOneField|ManyToManyField|ParentalKey)\s*\(/;
var perFile = /* @__PURE__ */ new WeakMap();
function emptyModelRelationships() {
  return { models: {}, bases: {} };
}
function modelRelationshipsOf(file) {
  const cached = perFile.get(file);
  if (cached) return cached;
  const facts = emptyModelRelationships();
  if (MAY_DECLARE_MODELS.test(file.text)) collect(file, facts);
  perFile.set(file, facts);
  return facts;
}
function collect(file, facts) {
  const usesSqlalchemy = file.importsModule("sqlalchemy") || file.importsModule("flask_sqlalchemy") || file.importsModule("sqlmodel");
  const usesDjango = file.importsModule("django");
  if (!usesSqlalchemy && !usesDjango) return;
  for (const cls of file.root.descendantsOfType("class_definition")) {
    if (!cls || file.enclosingFunction(cls)) continue;
    const name2 = cls.childForFieldName("name")?.text;
    const body2 = cls.childForFieldName("body");
    if (!name2 || !body2) continue;
    facts.bases[name2] = baseNames(cls);
    for (const statement of body2.namedChildren) {
      const assignment = statement?.type === "expression_statement" ? statement.namedChildren[0] : null;
      if (assignment?.type !== "assignment") continue;
      const attribute = assignment.childForFieldName("left");
      const value = assignment.childForFieldName("right");
      if (attribute?.type !== "identifier" || value?.type !== "call") continue;
      const tail = file.calleeTail(value);
      if (usesSqlalchemy && (tail === "relationship" || tail === "Relationship")) {
        addSqlalchemyRelationship(file, facts, name2, attribute.text, value);
      } else if (usesDjango && tail && DJANGO_RELATION.has(tail)) {
        addDjangoRelation(file, facts, name2, attribute.text, value, tail);
      }
    }
  }
}
function baseNames(cls) {
  const names = [];
  for (const base of cls.childForFieldName("superclasses")?.namedChildren ?? []) {
    if (base?.type === "identifier") names.push(base.text);
    else if (base?.type === "attribute")
      names.push(base.childForFieldName("attribute")?.text ?? "");
  }
  return names.filter(Boolean);
}
function add(facts, model, attribute, relationship) {
  const attributes = facts.models[model] ??= {};
  const known = attributes[attribute];
  attributes[attribute] = known && known.lazy !== relationship.lazy ? { ...relationship, lazy: false } : relationship;
}
function addSqlalchemyRelationship(file, facts, model, attribute, call) {
  const lazy = lazyOf(file, call);
  const target = targetModel(
    file.positionalArguments(call)[0] ?? file.keywordArgument(call, "argument"),
    model
  );
  const uselist = file.keywordArgument(call, "uselist")?.text;
  const many = uselist === "True" || /Mapped\[\s*(list|List|set|Set)\[/.test(call.parent?.text ?? "");
  if (lazy !== null) add(facts, model, attribute, { lazy, orm: "sqlalchemy", many });
  const backref = file.keywordArgument(call, "backref");
  if (!backref || !target) return;
  const backrefName = stringValue(backref);
  if (backrefName) {
    add(facts, target, backrefName, { lazy: true, orm: "sqlalchemy", many: false });
  } else if (backref.type === "call" && file.calleeTail(backref) === "backref") {
    const name2 = stringValue(file.positionalArguments(backref)[0] ?? null);
    const backLazy = lazyOf(file, backref);
    if (name2 && backLazy !== null)
      add(facts, target, name2, { lazy: backLazy, orm: "sqlalchemy", many: false });
  }
}
function lazyOf(file, call) {
  let value = file.keywordArgument(call, "lazy");
  if (!value) {
    const kwargs = file.keywordArgument(call, "sa_relationship_kwargs");
    if (kwargs?.type === "dictionary") {
      for (const pair of kwargs.namedChildren) {
        if (pair?.type === "pair" && stringValue(pair.childForFieldName("key")) === "lazy")
          value = pair.childForFieldName("value");
      }
    } else if (kwargs) {
      return null;
    }
  }
  if (!value) return true;
  const text = stringValue(value) ?? value.text;
  if (NOT_LAZY.has(text)) return false;
  if (LAZY.has(text)) return true;
  return null;
}
function addDjangoRelation(file, facts, model, attribute, call, field) {
  const many = field.includes("ManyToMany");
  add(facts, model, attribute, { lazy: true, orm: "django", many });
  const target = targetModel(
    file.positionalArguments(call)[0] ?? file.keywordArgument(call, "to"),
    model
  );
  if (!target) return;
  const relatedName = file.keywordArgument(call, "related_name");
  let reverse;
  if (relatedName) {
    reverse = stringValue(relatedName);
    if (!reverse || reverse.endsWith("+") || reverse.includes("%(")) return;
  } else {
    reverse = field === "OneToOneField" ? model.toLowerCase() : `${model.toLowerCase()}_set`;
  }
  add(facts, target, reverse, { lazy: true, orm: "django", many: field !== "OneToOneField" });
}
function targetModel(node, self2) {
  if (!node) return null;
  if (node.type === "identifier") return node.text;
  if (node.type === "attribute") return node.childForFieldName("attribute")?.text ?? null;
  const text = stringValue(node);
  if (!text) return null;
  if (text === "self") return self2;
  const last = text.split(".").pop() ?? "";
  return /^[A-Za-z_]\w*$/.test(last) ? last : null;
}
function mergeModelRelationships(parts2) {
  const merged = emptyModelRelationships();
  for (const part of parts2) {
    for (const [model, attributes] of Object.entries(part.models)) {
      for (const [attribute, relationship] of Object.entries(attributes))
        add(merged, model, attribute, relationship);
    }
    for (const [model, bases] of Object.entries(part.bases)) merged.bases[model] ??= bases;
  }
  return merged;
}
function relationshipOf(facts, model, attribute, depth = 0) {
  const own = facts.models[model]?.[attribute];
  if (own || depth > 4) return own;
  for (const base of facts.bases[model] ?? []) {
    const inherited = relationshipOf(facts, base, attribute, depth + 1);
    if (inherited) return inherited;
  }
  return void 0;
}
function isKnownModel(facts, model, depth = 0) {
  if (facts.models[model]) return true;
  if (depth > 4) return false;
  return (facts.bases[model] ?? []).some((base) => isKnownModel(facts, base, depth + 1));
}
var withProject = /* @__PURE__ */ new WeakMap();
var importedModules = /* @__PURE__ */ new Map();
function relationshipsFor(file, project, name2) {
  const own = modelRelationshipsOf(file);
  if (isKnownModel(own, name2)) return own;
  if (project.modelRelationships) {
    let merged = withProject.get(file);
    if (!merged)
      withProject.set(file, merged = mergeModelRelationships([project.modelRelationships, own]));
    return merged;
  }
  const qualified = file.imports().get(name2);
  if (!qualified || !canReadProjectFiles(file, project)) return own;
  const imported = factsOfImport(file.tree.language, file.path, project.pythonFiles, qualified, 0);
  return imported ? mergeModelRelationships([imported, own]) : own;
}
function mayKnowRelationships(file, project) {
  const gathered = project.modelRelationships;
  if (gathered && hasRelationships(gathered)) return true;
  if (hasRelationships(modelRelationshipsOf(file))) return true;
  return !gathered && canReadProjectFiles(file, project);
}
function hasRelationships(facts) {
  for (const attributes of Object.values(facts.models))
    if (Object.keys(attributes).length > 0) return true;
  return false;
}
var readableFor = /* @__PURE__ */ new WeakMap();
function canReadProjectFiles(file, project) {
  let readable = readableFor.get(project);
  if (readable === void 0) {
    const again = existsSync2(file.path) ? readSource(file.path) : null;
    readable = again?.ok === true && again.text === file.text;
    readableFor.set(project, readable);
  }
  return readable;
}
function factsOfImport(language, fromPath, pythonFiles, qualified, depth) {
  const dot = qualified.lastIndexOf(".");
  if (dot <= 0) return null;
  const path2 = moduleFile(fromPath, pythonFiles, qualified.slice(0, dot));
  if (!path2) return null;
  const module2 = readModule(language, path2);
  if (!module2) return null;
  const name2 = qualified.slice(dot + 1);
  if (isKnownModel(module2.facts, name2) || depth >= 2) return module2.facts;
  const next = module2.imports.get(name2);
  return next ? factsOfImport(language, path2, pythonFiles, next, depth + 1) : module2.facts;
}
function readModule(language, path2) {
  if (importedModules.has(path2)) return importedModules.get(path2) ?? null;
  let module2 = null;
  const source = existsSync2(path2) ? readSource(path2) : null;
  if (source?.ok) {
    const parser2 = new Parser();
    try {
      parser2.setLanguage(language);
      const tree = parser2.parse(source.text);
      if (tree) {
        try {
          const parsed3 = new PythonFile(path2, source.text, tree);
          module2 = { facts: modelRelationshipsOf(parsed3), imports: parsed3.imports() };
        } finally {
          tree.delete();
        }
      }
    } finally {
      parser2.delete();
    }
  }
  importedModules.set(path2, module2);
  return module2;
}
function moduleFile(fromPath, pythonFiles, moduleName) {
  let relative;
  let anchor = null;
  if (moduleName.startsWith(".")) {
    const dots = /^\.+/.exec(moduleName)?.[0].length ?? 1;
    const parts2 = fromPath.split("/").slice(0, -1);
    for (let i2 = 1; i2 < dots; i2++) parts2.pop();
    anchor = parts2.join("/");
    relative = moduleName.slice(dots).split(".").filter(Boolean).join("/");
  } else {
    relative = moduleName.split(".").join("/");
  }
  const wanted = anchor !== null ? [relative ? `${anchor}/${relative}` : anchor].map((p) => p.replace(/^\//, "")) : [relative];
  const candidates = pythonFiles.filter(
    (path2) => wanted.some((stem) => {
      const file = `${stem}.py`;
      const init2 = `${stem}/__init__.py`;
      if (anchor !== null) return path2 === file || path2 === init2;
      return path2 === file || path2 === init2 || path2.endsWith(`/${file}`) || path2.endsWith(`/${init2}`);
    })
  );
  if (candidates.length <= 1) return candidates[0] ?? null;
  return candidates.sort(
    (a, b) => commonPrefix(b, fromPath) - commonPrefix(a, fromPath) || a.length - b.length
  )[0] ?? null;
}
function commonPrefix(a, b) {
  let i2 = 0;
  while (i2 < a.length && i2 < b.length && a[i2] === b[i2]) i2++;
  return i2;
}

// src/patterns/python/performance/query-in-loop.ts
var meta27 = {
  id: "PBP104",
  name: "query-in-loop",
  tool: "patterns",
  section: "performance",
  level: "warning",
  precision: "high",
  summary: "A database query runs once per item of a loop (the N+1 query pattern).",
  docs: {
    what: "Finds a database call inside a for loop or comprehension that depends on the loop's item (session.get/execute/scalars/query, Model.objects.*, Model.query.*, cursor.execute), and access on the loop variable to a lazy relationship the project's models declare, when the query that produced the items did not load it. Not reported: loops over a fixed literal or over batches, loops over models rather than rows (db.query(model) per model class), Django's cached ContentType lookups, a query memoised under if key not in cache, statements that set the connection or schema up (PRAGMA, ATTACH, SET, CREATE INDEX), while loops and tests.",
    why: "One query per item: a page of 100 orders becomes 101 round trips to the database, and the endpoint gets slower with every row. Loading what the loop needs with the first query keeps it at one or two queries.",
    example: "orders = db.scalars(select(Order).where(Order.user_id == user.id)).all()\nfor order in orders:\n    units += sum(item.quantity for item in order.items)  # one query per order\n\nfor line in body.items:\n    product = db.get(Product, line.product_id)  # one query per line",
    useInstead: "orders = db.scalars(\n    select(Order).where(Order.user_id == user.id).options(selectinload(Order.items))\n).all()\n\nids = [line.product_id for line in body.items]\nproducts = {p.id: p for p in db.scalars(select(Product).where(Product.id.in_(ids)))}"
  }
};
var QUERY_METHODS = /* @__PURE__ */ new Set([
  "all",
  "first",
  "one",
  "one_or_none",
  "scalar",
  "scalar_one",
  "count",
  "get",
  "exists",
  "filter",
  "filter_by",
  "where",
  "exclude",
  "last",
  "aget",
  "afirst",
  "acount",
  "first_or_404",
  "get_or_404",
  "one_or_404"
]);
function mayWalkModels(file) {
  const names = dottedNamesIn(file);
  if (names.has("objects") || names.has("query")) return true;
  return (names.has("scalars") || names.has("exec") || names.has("execute")) && /(?<!\w)select(?!\w)/.test(file.text);
}
var LOOP_ANCHOR = ["for"];
var queryInLoop = {
  kind: "python",
  meta: meta27,
  anchors: {
    // (a) `db.get(`, `q.first(`, or the manager of `Order.objects.filter(…)`.
    call: databaseCallAnchor(QUERY_METHODS),
    for_statement: LOOP_ANCHOR,
    list_comprehension: LOOP_ANCHOR,
    set_comprehension: LOOP_ANCHOR,
    dictionary_comprehension: LOOP_ANCHOR,
    generator_expression: LOOP_ANCHOR
  },
  create({ file, project, report }) {
    if (file.isTest || file.isMigration) return {};
    const call = (node) => {
      const database = databaseCall(file, node);
      const label = database ? mayQuery(file) && database.label : queryHeldInName(file, node);
      if (!label) return;
      const loop = repeatingLoop(file, node);
      if (!loop || isCachedLookup(node) || isSetupStatement(file, node) || readsLoopModel(file, node, loop) || isMemoised(file, node, loop))
        return;
      report({
        at: node,
        message: `${label} runs a query on every iteration of the loop over ${describeLoop(loop)}; ${isWrite(label) ? "write the rows in one statement after the loop" : "load the rows in one query before the loop"} (${batchedForm(label)}).`
      });
    };
    if (!mayWalkModels(file) || !mayKnowRelationships(file, project) || !mayQuery(file))
      return { call };
    const comprehension = (node) => {
      checkLazyAccess(file, project, asLoop(node), report);
    };
    return {
      call,
      for_statement(node) {
        checkLazyAccess(file, project, asLoop(node), report);
      },
      list_comprehension: comprehension,
      set_comprehension: comprehension,
      dictionary_comprehension: comprehension,
      generator_expression: comprehension
    };
  }
};
function repeatingLoop(file, call) {
  const args2 = chainArguments(file, call, chainTop(file, call));
  for (const loop of loopsAround(file, call)) {
    if (loop.kind === "while" || isFixedLiteralLoop(file, loop) || runsAtMostOnce(file, loop, call))
      continue;
    if (isBatchLoop(file, loop)) return null;
    const varying = varyingNames(file, loop);
    if (!args2.some((list) => readsAny(list, varying))) continue;
    return runsLoopItemAsStatement(file, call, loop) ? null : loop;
  }
  return null;
}
function isSetupStatement(file, call) {
  const tail = file.calleeTail(call) ?? "";
  if (!["execute", "executescript", "exec_driver_sql", "execute_sql"].includes(tail)) return false;
  let first = file.positionalArguments(call)[0] ?? null;
  if (first?.type === "call" && file.calleeTail(first) === "text")
    first = file.positionalArguments(first)[0] ?? null;
  return SETUP_STATEMENT.test(leadingText2(file, first, 0));
}
var SETUP_STATEMENT = /^\s*(?:PRAGMA|ATTACH|DETACH|SET|CREATE|DROP|ALTER|GRANT|REVOKE|VACUUM|ANALYZE|REINDEX|LOCK|COMMENT\s+ON)\b/i;
function leadingText2(file, node, depth) {
  const value = depth > 4 ? null : file.resolveValue(node);
  if (!value) return "";
  switch (value.type) {
    case "string":
      return value.text.replace(/^[A-Za-z]*("""|'''|"|')/, "");
    case "concatenated_string":
    case "parenthesized_expression": {
      const first = value.namedChildren.find((child) => child?.type !== "comment") ?? null;
      return leadingText2(file, first, depth + 1);
    }
    case "binary_operator":
      return leadingText2(file, value.childForFieldName("left"), depth + 1);
    case "call": {
      const callee = value.childForFieldName("function");
      return file.calleeTail(value) === "format" && callee?.type === "attribute" ? leadingText2(file, callee.childForFieldName("object"), depth + 1) : "";
    }
    default:
      return "";
  }
}
function isWrite(label) {
  return /\.objects\.|\._default_manager\./.test(label) && /\.(create|get_or_create|update_or_create)\(\)$/.test(label);
}
function batchedForm(label) {
  if (/\.objects\.|\._default_manager\./.test(label))
    return isWrite(label) ? "bulk_create or bulk_update" : "a `field__in=` filter, select_related or prefetch_related";
  const receiver = label.replace(/\.execute\(\)$/, "").split(".").at(-1) ?? "";
  if (label.endsWith(".execute()") && isCursorName(receiver)) return "one statement with `IN (\u2026)`";
  return "an in_() filter, selectinload or joinedload";
}
function isCachedLookup(call) {
  const callee = call.childForFieldName("function");
  return callee?.type === "attribute" && /^(get_for_model|get_for_models|get_for_id|get_by_natural_key|clear_cache)$/.test(
    callee.childForFieldName("attribute")?.text ?? ""
  ) && /(^|\.)ContentType\.objects$/.test(callee.childForFieldName("object")?.text ?? "");
}
var STATEMENTS = /* @__PURE__ */ new Set(["select", "delete", "insert", "update"]);
function readsLoopModel(file, call, loop) {
  const method = file.calleeTail(call) ?? "";
  let entity = null;
  const args2 = file.positionalArguments(call);
  if (method === "query" || (method === "get" || method === "get_one") && args2.length >= 2)
    entity = args2[0];
  else if (method !== "refresh") {
    let statement = file.positionalArguments(call)[0];
    while (statement?.type === "call" && !STATEMENTS.has(file.calleeTail(statement) ?? "")) {
      const fn = statement.childForFieldName("function");
      statement = fn?.type === "attribute" ? fn.childForFieldName("object") : null;
    }
    if (statement?.type === "call") {
      const fn = statement.childForFieldName("function");
      entity = file.positionalArguments(statement)[0] ?? (fn?.type === "attribute" ? fn.childForFieldName("object") : null);
    }
  }
  while (entity && entity.type !== "identifier") {
    if (entity.type === "attribute") entity = entity.childForFieldName("object");
    else if (entity.type === "call") entity = entity.childForFieldName("function");
    else return false;
  }
  return !!entity && varyingNames(file, loop).has(entity.text);
}
function isMemoised(file, call, loop) {
  const chain = file.ancestry(call);
  let stored = null;
  let assigned = false;
  for (let i2 = chain.length - 2; i2 >= 0; i2--) {
    const current = chain[i2];
    if (!current || current.id === loop.node.id) return false;
    const type = file.typeOf(current);
    if (!assigned && type === "assignment") {
      assigned = true;
      const left = current.childForFieldName("left");
      const container = left?.type === "subscript" ? left.childForFieldName("value") : null;
      const key = left?.type === "subscript" ? left.childForFieldName("subscript") : null;
      if (container && key) stored = { container: compact(container.text), key: compact(key.text) };
    } else if (type === "if_statement") {
      const condition = compact(current.childForFieldName("condition")?.text ?? "");
      if (stored) {
        const { container, key } = stored;
        if (condition === `${key}notin${container}` || condition === `${container}.get(${key})isNone` || condition === `not${container}.get(${key})`)
          return true;
      }
      if (followsKeyChange(current)) return true;
    }
  }
  return false;
}
function followsKeyChange(statement) {
  const condition = statement.childForFieldName("condition")?.text ?? "";
  const change = /^\(?\s*([\w.]+)\s*!=\s*([\w.[\]"']+)\s*\)?(?:\s+or\s[\s\S]*)?$/.exec(condition);
  if (!change) return false;
  const [, previous2, next] = change;
  const body2 = statement.childForFieldName("consequence");
  return (body2?.namedChildren ?? []).some(
    (child) => child?.type === "expression_statement" && compact(child.text).startsWith(`${previous2}=${next}`) && !compact(child.text).startsWith(`${previous2}==`)
  );
}
function compact(text) {
  return text.replace(/\s+/g, "");
}
function runsLoopItemAsStatement(file, call, loop) {
  if (!["execute", "executescript", "exec_driver_sql", "exec"].includes(file.calleeTail(call) ?? ""))
    return false;
  let first = file.positionalArguments(call)[0];
  if (first?.type === "call" && file.calleeTail(first) === "text")
    first = file.positionalArguments(first)[0];
  return first?.type === "identifier" && loop.targets?.type === "identifier" && first.text === loop.targets.text;
}
function queryHeldInName(file, call) {
  const callee = call.childForFieldName("function");
  if (callee?.type !== "attribute") return null;
  const method = callee.childForFieldName("attribute")?.text ?? "";
  const object = callee.childForFieldName("object");
  if (object?.type !== "identifier" || !QUERY_METHODS.has(method)) return null;
  const loops = loopsAround(file, call);
  if (loops.length === 0 || !mayQuery(file) || !mayBeAssigned(file, object.text)) return null;
  const value = file.assignedValue(object.text, object);
  if (!value || value.type !== "call") return null;
  if (loops.some(
    (loop) => value.startIndex >= loop.node.startIndex && value.endIndex <= loop.node.endIndex
  ))
    return null;
  for (let current = value; current?.type === "call"; ) {
    if (databaseCall(file, current)) return `${object.text}.${method}()`;
    const fn = current.childForFieldName("function");
    current = fn?.type === "attribute" ? fn.childForFieldName("object") : null;
  }
  return null;
}
function checkLazyAccess(file, project, loop, report) {
  if (!loop?.iterable || !loop.targets) return;
  let iterable = loop.iterable;
  let variable = loop.targets.type === "identifier" ? loop.targets : null;
  if (!variable && iterable.type === "call" && iterable.childForFieldName("function")?.text === "enumerate") {
    const second = loop.targets.namedChildren[1];
    const first = file.positionalArguments(iterable)[0];
    if (second?.type === "identifier" && first) {
      variable = second;
      iterable = first;
    }
  }
  if (!variable) return;
  if (!mentionsAttributeOf(file, loop.node, variable.text)) return;
  const source = modelOfIterable(file, iterable);
  if (!source || source.loaded.all) return;
  const facts = relationshipsFor(file, project, source.model);
  const seen = /* @__PURE__ */ new Set();
  for (const access of accessesOn(file, loop, variable.text)) {
    const attribute = access.childForFieldName("attribute")?.text ?? "";
    if (seen.has(attribute)) continue;
    const relationship = relationshipOf(facts, source.model, attribute);
    if (!relationship?.lazy || source.loaded.names.has(attribute)) continue;
    seen.add(attribute);
    const fix = relationship.orm === "django" ? `${relationship.many ? "prefetch_related" : "select_related"}("${attribute}")` : `.options(selectinload(${source.model}.${attribute}))`;
    report({
      at: access,
      message: `${variable.text}.${attribute} loads the lazy relationship ${source.model}.${attribute} with one query per ${variable.text} of the loop; load it with the query that fetched them: ${fix}.`
    });
  }
}
function mentionsAttributeOf(file, node, variable) {
  const word = new RegExp(`(?<!\\w)${escapeRegExp(variable)}(?:\\s|\\\\|#[^\\r\\n]*[\\r\\n])*\\.`);
  return word.test(file.text.slice(node.startIndex, node.endIndex));
}
function accessesOn(file, loop, variable) {
  const accesses = [];
  const body2 = loop.kind === "for" ? loop.node.childForFieldName("body") : loop.node;
  if (!body2) return accesses;
  const first = loop.kind === "comprehension" ? loop.node.namedChildren.find((c) => c?.type === "for_in_clause") : null;
  const iterable = first?.childForFieldName("right");
  for (const attribute of body2.descendantsOfType("attribute")) {
    if (!attribute || attribute.childForFieldName("object")?.text !== variable || attribute.childForFieldName("object")?.type !== "identifier")
      continue;
    if (iterable && attribute.startIndex >= iterable.startIndex && attribute.endIndex <= iterable.endIndex)
      continue;
    if (isAssignedTo(file, attribute) || insideNestedFunction(file, attribute, loop.node)) continue;
    accesses.push(attribute);
  }
  return accesses.sort((a, b) => a.startIndex - b.startIndex);
}
function isAssignedTo(file, attribute) {
  const parent = file.parentOf(attribute);
  return parent?.type === "assignment" && parent.childForFieldName("left")?.id === attribute.id;
}
function insideNestedFunction(file, node, stop2) {
  const chain = file.ancestry(node);
  for (let i2 = chain.length - 2; i2 >= 0; i2--) {
    const current = chain[i2];
    if (!current || current.id === stop2.id) return false;
    const type = file.typeOf(current);
    if (type === "function_definition" || type === "lambda" || type === "class_definition")
      return true;
  }
  return false;
}
function modelOfIterable(file, iterable) {
  const expression = unwrap(file, iterable, 0);
  if (!expression) return null;
  const parts2 = queryParts(file, expression, 0);
  if (!parts2) return null;
  const text = parts2.pieces.map((piece) => piece.text).join("\n");
  if (/\.(values|values_list|with_entities|add_columns|mappings|tuples|group_by)\s*\(/.test(text))
    return null;
  return { model: parts2.model, loaded: loaderOptions(file, parts2.pieces) };
}
var SQLALCHEMY_LOADERS = /* @__PURE__ */ new Set([
  "selectinload",
  "joinedload",
  "subqueryload",
  "immediateload",
  "contains_eager",
  "defaultload",
  "raiseload",
  "noload",
  "lazyload"
]);
function loaderOptions(file, pieces) {
  const loaded = { all: false, names: /* @__PURE__ */ new Set() };
  for (const piece of pieces) {
    for (const call of [piece, ...piece.descendantsOfType("call")]) {
      if (!call || call.type !== "call") continue;
      const tail = file.calleeTail(call);
      const args2 = call.childForFieldName("arguments")?.namedChildren.filter((a) => a !== null && a.type !== "comment") ?? [];
      if (tail === "options") {
        for (const arg of args2) readSqlalchemyLoader(file, arg, loaded);
      } else if (tail === "select_related" || tail === "prefetch_related") {
        if (args2.length === 0) loaded.all = true;
        for (const arg of args2) readDjangoLookup(file, arg, loaded);
      } else if (tail && SQLALCHEMY_LOADERS.has(tail) && call.parent?.type !== "attribute") {
        readSqlalchemyLoader(file, call, loaded);
      }
    }
  }
  return loaded;
}
function readSqlalchemyLoader(file, arg, loaded) {
  let root = arg;
  while (root?.type === "call") {
    const callee = root.childForFieldName("function");
    if (callee?.type !== "attribute") break;
    root = callee.childForFieldName("object");
  }
  const strategy = root?.type === "call" ? file.calleeTail(root) : null;
  if (!strategy || !SQLALCHEMY_LOADERS.has(strategy) || arg.text.includes("*")) {
    loaded.all = true;
    return;
  }
  for (const attribute of arg.descendantsOfType("attribute")) {
    const name2 = attribute?.childForFieldName("attribute")?.text;
    if (name2) loaded.names.add(name2);
  }
  for (const literal of arg.descendantsOfType("string")) {
    const name2 = stringValue(literal);
    if (name2) for (const part of name2.split(".")) loaded.names.add(part);
  }
}
function readDjangoLookup(file, arg, loaded) {
  const lookup = arg.type === "call" && file.calleeTail(arg) === "Prefetch" ? file.positionalArguments(arg)[0] ?? null : arg;
  const text = stringValue(lookup);
  if (!text) {
    loaded.all = true;
    return;
  }
  const [first] = text.split("__");
  if (first) loaded.names.add(first);
}
function unwrap(file, node, depth) {
  if (depth > 5) return null;
  switch (node.type) {
    case "identifier": {
      const value = file.resolveValue(node);
      return value && value.id !== node.id ? unwrap(file, value, depth + 1) : null;
    }
    case "await":
    case "parenthesized_expression":
      return node.namedChildren[0] ? unwrap(file, node.namedChildren[0], depth + 1) : null;
    case "subscript": {
      const value = node.childForFieldName("value");
      const index = node.childForFieldName("subscript");
      return value && index?.type === "slice" ? unwrap(file, value, depth + 1) : null;
    }
    case "call": {
      const callee = node.childForFieldName("function");
      if (callee?.type === "identifier" && ["list", "tuple", "sorted", "reversed", "set"].includes(callee.text)) {
        const first = file.positionalArguments(node)[0];
        return first ? unwrap(file, first, depth + 1) : null;
      }
      return node;
    }
    default:
      return null;
  }
}
function queryParts(file, expression, depth) {
  if (depth > 4) return null;
  const pieces = [expression];
  let scalars = false;
  let called = false;
  for (let current = expression; current; ) {
    if (current.type === "await" || current.type === "parenthesized_expression") {
      current = current.namedChildren[0] ?? null;
      continue;
    }
    if (current.type === "identifier") {
      const value = file.resolveValue(current);
      if (!value || value.id === current.id || ++depth > 4) return null;
      pieces.push(value);
      current = value;
      continue;
    }
    if (current.type === "attribute") {
      const attribute = current.childForFieldName("attribute")?.text;
      const object = current.childForFieldName("object");
      if ((attribute === "objects" || attribute === "query") && object?.type === "identifier" && /^[A-Z]/.test(object.text)) {
        return { model: object.text, pieces };
      }
      if (called && object?.type === "identifier" && /^[A-Z]/.test(object.text) && /^[a-z_]\w*$/.test(attribute ?? "")) {
        return { model: object.text, pieces };
      }
      current = object;
      continue;
    }
    if (current.type !== "call") return null;
    const callee = current.childForFieldName("function");
    if (callee?.type !== "attribute") return null;
    called = true;
    const method = callee.childForFieldName("attribute")?.text ?? "";
    if (method === "scalars") scalars = true;
    if (databaseCall(file, current)) {
      const first = file.positionalArguments(current)[0];
      if (method === "query") {
        const model = modelName(file.positionalArguments(current));
        return model ? { model, pieces } : null;
      }
      if ((method === "scalars" || method === "exec" || method === "execute" && scalars) && first) {
        const statement = file.resolveValue(first);
        if (!statement) return null;
        pieces.push(statement);
        const model = selectedModel(file, statement);
        return model ? { model, pieces } : null;
      }
      const object = callee.childForFieldName("object");
      if (object?.type === "attribute") {
        current = object;
        continue;
      }
      return null;
    }
    current = callee.childForFieldName("object");
  }
  return null;
}
function selectedModel(file, statement) {
  for (let current = statement; current?.type === "call"; ) {
    const callee = current.childForFieldName("function");
    const name2 = file.qualifiedName(callee);
    if (name2 && /^(sqlalchemy(\.future|\.sql|\.sql\.expression)?|sqlmodel)\.select$/.test(name2))
      return modelName(file.positionalArguments(current));
    current = callee?.type === "attribute" ? callee.childForFieldName("object") : null;
  }
  return null;
}
function modelName(args2) {
  if (args2.length !== 1) return null;
  const only = args2[0];
  return only?.type === "identifier" && /^[A-Z]/.test(only.text) ? only.text : null;
}

// src/patterns/python/performance/index.ts
var PERFORMANCE_RULES = [
  engineNullPool,
  engineEcho,
  engineNoPrePing,
  queryInLoop,
  addInLoop,
  blockingCallInAsync,
  cacheWithoutExpiry
];

// src/patterns/python/security/code-injection.ts
var meta28 = {
  id: "PBP208",
  name: "code-injection",
  tool: "patterns",
  section: "security",
  level: "error",
  precision: "high",
  summary: "`eval`/`exec` runs text that is not a literal.",
  tags: ["security", "external/cwe/cwe-95"],
  cwe: ["CWE-95", "CWE-94"],
  securitySeverity: 9.3,
  docs: {
    what: 'Finds the builtins eval() and exec() called on anything but a string literal (or a name assigned once to one). Code objects (a parameter annotated CodeType), running the text of a Python file (exec(compile(f.read(), path, "exec"))), the console of a code.InteractiveInterpreter subclass and Python the operator typed (exec(sys.stdin.read()), a management command\u2019s options["command"]) are left out: their input is Python by design.',
    why: "Whatever reaches eval or exec runs as Python with the rights of the process: a formula from a form or a rule from the database becomes a way to read files, open a shell and steal secrets. An empty __builtins__ does not sandbox it; introspection escapes it.",
    example: 'discount = eval(promo.rule, {"total": total})\nexec(request.json["script"])',
    useInstead: 'value = ast.literal_eval(text)  # literals only\nRULES = {"percent": lambda total, n: total * n // 100}\ndiscount = RULES[promo.kind](total, promo.amount)'
  }
};
var codeInjection = {
  kind: "python",
  meta: meta28,
  // The builtin's own name: `eval(...)`, `exec(...)`, `builtins.eval(...)`.
  anchors: { call: ["eval", "exec"] },
  create({ file, report }) {
    if (file.isTest || isBuildScript(file)) return {};
    const defined = /* @__PURE__ */ new Map();
    const definedHere = (name2) => {
      let known = defined.get(name2);
      if (known === void 0) {
        known = isDefinedInFile(file, name2);
        defined.set(name2, known);
      }
      return known;
    };
    return {
      call(node) {
        const builtin = builtinCalled(node);
        if (!builtin) return;
        const source = file.positionalArguments(node)[0] ?? file.keywordArgument(node, "source");
        if (!source || isConstantText(file, source, (value) => isRepositoryFileText(file, value)))
          return;
        if (runsSourceFile(file, source) || insideInterpreter(file, node) || operatorTyped(file, source) || isCodeObject(file, source))
          return;
        report({
          at: node,
          message: `${builtin}() runs text that is not a literal as Python; parse the data instead (ast.literal_eval, json, a lookup table of allowed operations).`
        });
      }
    };
    function builtinCalled(call) {
      const callee = call.childForFieldName("function");
      if (!callee) return null;
      if (callee.type === "identifier") {
        if (callee.text !== "eval" && callee.text !== "exec") return null;
        return definedHere(callee.text) ? null : callee.text;
      }
      if (callee.type !== "attribute" || !/^(eval|exec)$/.test(callee.childForFieldName("attribute")?.text ?? ""))
        return null;
      const name2 = file.qualifiedName(callee);
      return name2 === "builtins.eval" || name2 === "builtins.exec" ? name2.slice("builtins.".length) : null;
    }
  }
};
function runsSourceFile(file, source) {
  let text = file.resolveValue(source);
  if (text?.type === "call" && file.calleeTail(text) === "compile")
    text = file.resolveValue(file.positionalArguments(text)[0] ?? null);
  if (text?.type !== "call" || !/^(read|read_text|read_bytes)$/.test(file.calleeTail(text) ?? ""))
    return false;
  const callee = text.childForFieldName("function");
  const reader = callee?.type === "attribute" ? callee.childForFieldName("object") : null;
  return !!reader && (opensPath(file, reader) || openedWith(file, reader));
}
function opensPath(file, node) {
  const value = file.resolveValue(node);
  return value?.type === "call" && /^(open|Path)$/.test(file.calleeTail(value) ?? "");
}
function openedWith(file, reader) {
  if (reader.type !== "identifier") return false;
  for (let current = file.parentOf(reader); current; current = file.parentOf(current)) {
    if (file.typeOf(current) !== "with_statement") continue;
    for (const item of current.descendantsOfType("as_pattern")) {
      const alias = item?.childForFieldName("alias");
      if (alias?.text === reader.text && opensPath(file, item?.namedChildren[0] ?? null))
        return true;
    }
  }
  return false;
}
function operatorTyped(file, source) {
  const text = file.resolveValue(source)?.text ?? "";
  if (/^sys\.stdin\.read\(\s*\)$/.test(text)) return true;
  return /(^|\/)management\/commands\/[^/]+\.py$/.test(file.path) && /^options(\[\s*["']\w+["']\s*\]|\.get\(\s*["']\w+["']\s*\))$/.test(text);
}
function isCodeObject(file, source) {
  if (source.type !== "identifier") return false;
  const name2 = source.text;
  const parameters = file.enclosingFunction(source)?.childForFieldName("parameters");
  for (const parameter of parameters?.namedChildren ?? []) {
    if (parameter?.type !== "typed_parameter" && parameter?.type !== "typed_default_parameter")
      continue;
    const named = parameter.childForFieldName("name") ?? parameter.namedChildren.find((child) => child?.type === "identifier");
    if (named?.text !== name2) continue;
    return /(^|\.)CodeType$/.test(parameter.childForFieldName("type")?.text ?? "");
  }
  const values = file.assignedValuesBefore(name2, source);
  return values.length > 0 && values.every((value) => {
    if (value.type !== "call") return false;
    if (/(^|\.)CodeType$/.test(file.callName(value) ?? "")) return true;
    return file.calleeTail(value) === "replace" && (value.childForFieldName("arguments")?.namedChildren ?? []).some(
      (argument) => /^co_/.test(argument?.childForFieldName("name")?.text ?? "")
    );
  });
}
function insideInterpreter(file, call) {
  const owner = file.enclosing(call, CLASS_TYPES, false);
  const bases = owner?.childForFieldName("superclasses")?.text ?? "";
  return /\bInteractive(Interpreter|Console)\b/.test(bases);
}
var CLASS_TYPES = /* @__PURE__ */ new Set(["class_definition"]);

// src/patterns/python/security/cors-wildcard.ts
var meta29 = {
  id: "PBP203",
  name: "cors-wildcard",
  tool: "patterns",
  section: "security",
  level: "warning",
  precision: "high",
  summary: "CORS accepts requests from every origin.",
  tags: ["security", "external/cwe/cwe-942"],
  cwe: ["CWE-942"],
  securitySeverity: 6.5,
  docs: {
    what: 'Finds CORS configured for every origin: CORSMiddleware with "*" in allow_origins or a match-all allow_origin_regex, Flask-CORS CORS()/cross_origin() with "*" origins (its default), and django-cors-headers CORS_ALLOW_ALL_ORIGINS = True. An error together with credentials, a warning alone.',
    why: "With every origin allowed, any website a user visits can call the API from their browser and read the answers. With credentials too, those requests carry the user\u2019s cookies, so a malicious page acts as the logged-in user.",
    example: 'app.add_middleware(\n    CORSMiddleware,\n    allow_origins=["*"],\n    allow_credentials=True,\n)\nCORS(app, supports_credentials=True)',
    useInstead: 'app.add_middleware(\n    CORSMiddleware,\n    allow_origins=settings.cors_origins,  # ["https://shop.example.com"]\n    allow_credentials=True,\n)\nCORS(app, origins=["https://shop.example.com"], supports_credentials=True)'
  }
};
var DJANGO_ALLOW_ALL = /* @__PURE__ */ new Set(["CORS_ALLOW_ALL_ORIGINS", "CORS_ORIGIN_ALLOW_ALL"]);
var DJANGO_ORIGIN_LISTS = /* @__PURE__ */ new Set(["CORS_ALLOWED_ORIGINS", "CORS_ORIGIN_WHITELIST"]);
var DJANGO_REGEX_LISTS = /* @__PURE__ */ new Set(["CORS_ALLOWED_ORIGIN_REGEXES", "CORS_ORIGIN_REGEX_WHITELIST"]);
var corsWildcard = {
  kind: "python",
  meta: meta29,
  anchors: {
    // The last name of what is called; aliases (`from flask_cors import CORS as Cors`) anchor as it.
    call: ["add_middleware", "CORSMiddleware", "Middleware", "CORS", "cross_origin"],
    assignment: [...DJANGO_ALLOW_ALL, ...DJANGO_ORIGIN_LISTS, ...DJANGO_REGEX_LISTS]
  },
  create({ file, report }) {
    if (file.isTest || !/CORS/.test(file.text)) return {};
    const flag = (at, what, withCredentials) => {
      if (isDevelopmentOnly(file, at)) return;
      const finding = withCredentials ? {
        at,
        message: `${what} together with credentials: any website can send requests with your users\u2019 cookies and read the answers; list the allowed origins.`,
        level: "error"
      } : { at, message: `${what}; list the origins that may call this API.` };
      report(finding);
    };
    return {
      call(node) {
        if (file.calleeTail(node) === "add_middleware") {
          if (isStarletteCors(importedName(file, file.positionalArguments(node)[0] ?? null)))
            checkStarlette(node);
          return;
        }
        const name2 = importedCallName(file, node);
        if (!name2) return;
        if (isStarletteCors(name2)) checkStarlette(node);
        else if (/^(starlette|fastapi)(\.[\w.]+)?\.Middleware$/.test(name2)) {
          if (isStarletteCors(importedName(file, file.positionalArguments(node)[0] ?? null)))
            checkStarlette(node);
        } else if (name2 === "flask_cors.CORS" || name2 === "flask_cors.cross_origin") {
          checkFlaskCors(node, name2 === "flask_cors.CORS");
        }
      },
      assignment(node) {
        const left = node.childForFieldName("left");
        if (left?.type !== "identifier" || !/^CORS_/.test(left.text)) return;
        const scope = file.scopeOf(node);
        if (scope.type !== "module" && scope.type !== "class_definition") return;
        const setting = left.text;
        const value = file.resolveValue(node.childForFieldName("right"));
        let wildcard = null;
        if (DJANGO_ALLOW_ALL.has(setting) && literalBoolean(file, value) === true)
          wildcard = `${setting} = True allows any origin`;
        else if (DJANGO_ORIGIN_LISTS.has(setting) && originsIncludeWildcard(file, value))
          wildcard = `${setting} allows any origin ("*")`;
        else if (DJANGO_REGEX_LISTS.has(setting) && sequenceItems(file, value).some((item) => matchesEveryOrigin(stringValue(item)))) {
          wildcard = `${setting} has a pattern that matches any origin`;
        }
        if (!wildcard) return;
        const credentials = literalBoolean(file, file.assignedValue("CORS_ALLOW_CREDENTIALS", node)) === true;
        flag(node, wildcard, credentials);
      }
    };
    function checkStarlette(call) {
      const origins = optionValue(file, call, "allow_origins");
      const regex = stringValue(file.resolveValue(optionValue(file, call, "allow_origin_regex")));
      const credentials = literalBoolean(file, optionValue(file, call, "allow_credentials")) === true;
      if (originsIncludeWildcard(file, file.resolveValue(origins))) {
        flag(call, 'CORSMiddleware allows any origin ("*")', credentials);
      } else if (matchesEveryOrigin(regex)) {
        flag(call, "The allow_origin_regex of CORSMiddleware matches any origin", credentials);
      }
    }
    function checkFlaskCors(call, isExtension) {
      const credentials = literalBoolean(file, optionValue(file, call, "supports_credentials")) === true;
      const origins = optionValue(file, call, "origins");
      const what = isExtension ? "CORS()" : "cross_origin()";
      if (origins) {
        const value = file.resolveValue(origins);
        if (originsIncludeWildcard(file, value) || matchesEveryOrigin(stringValue(value))) {
          flag(call, `${what} allows any origin ("*")`, credentials);
        }
        return;
      }
      const resources = optionValue(file, call, "resources");
      if (resources) {
        const value = file.resolveValue(resources);
        if (value && resourcesAllowEveryOrigin(file, value))
          flag(call, `${what} allows any origin ("*") for these resources`, credentials);
        return;
      }
      if (isExtension) {
        const hasApp = file.positionalArguments(call).length > 0 || file.keywordArgument(call, "app") !== null;
        const hasSplat = call.childForFieldName("arguments")?.namedChildren.some((arg) => arg?.type === "dictionary_splat");
        if (!hasApp || hasSplat) return;
      }
      if (/\bCORS_(ORIGINS|RESOURCES)\b/.test(file.text)) return;
      flag(
        call,
        `${what} without origins= allows any origin (Flask-CORS defaults to "*")`,
        credentials
      );
    }
  }
};
function isStarletteCors(name2) {
  return name2 !== null && /^(starlette|fastapi)(\.[\w.]+)?\.CORSMiddleware$/.test(name2);
}
function sequenceItems(file, node) {
  if (!node || !["list", "tuple", "set"].includes(node.type)) return [];
  return node.namedChildren.filter((item) => item !== null && item.type !== "comment").map((item) => file.resolveValue(item) ?? item);
}
function originsIncludeWildcard(file, node) {
  if (!node) return false;
  if (stringValue(node)?.trim() === "*") return true;
  return sequenceItems(file, node).some((item) => stringValue(item)?.trim() === "*");
}
function matchesEveryOrigin(pattern) {
  if (pattern === null) return false;
  const body2 = pattern.trim().replace(/^\^/, "").replace(/\$$/, "").replace(/^\(?https?\??\)?:(\\\/|\/)(\\\/|\/)/, "");
  return /^\(?\.[*+]\??\)?$/.test(body2);
}
function resourcesAllowEveryOrigin(file, node) {
  if (stringValue(node) !== null) return true;
  if (node.type === "list" || node.type === "tuple")
    return sequenceItems(file, node).every((item) => stringValue(item) !== null);
  if (node.type !== "dictionary") return false;
  return node.namedChildren.some((pair) => {
    if (pair?.type !== "pair") return false;
    const options = file.resolveValue(pair.childForFieldName("value"));
    if (options?.type !== "dictionary") return false;
    const origins = options.namedChildren.find(
      (option) => option?.type === "pair" && stringValue(option.childForFieldName("key")) === "origins"
    );
    if (!origins) return true;
    const value = file.resolveValue(origins.childForFieldName("value"));
    return originsIncludeWildcard(file, value) || matchesEveryOrigin(stringValue(value));
  });
}

// src/patterns/python/security/debug-enabled.ts
var meta30 = {
  id: "PBP207",
  name: "debug-enabled",
  tool: "patterns",
  section: "security",
  level: "warning",
  precision: "high",
  summary: "A debug mode or the auto-reloader is switched on in code that ships.",
  tags: ["security", "external/cwe/cwe-489"],
  cwe: ["CWE-489", "CWE-215"],
  securitySeverity: 7.5,
  docs: {
    what: 'Finds app.run(debug=True), FastAPI/Starlette/aiohttp applications created with debug=True, DEBUG = True at module level in a settings module, DEBUG read from the environment with a truthy default, and uvicorn.run(reload=True) outside if __name__ == "__main__".',
    why: "Debug modes show stack traces, settings and source code to whoever triggers an error, and the Werkzeug debugger runs Python typed into its error page. A truthy default switches debug on wherever the variable is forgotten.",
    example: 'DEBUG = os.getenv("DEBUG", "true") == "true"\napp = FastAPI(debug=True)\napp.run(host="0.0.0.0", debug=True)',
    useInstead: 'DEBUG = os.getenv("DEBUG", "false").lower() == "true"\napp = FastAPI(debug=settings.debug)\n# development: flask --app app run --debug'
  }
};
var DEBUG_VARIABLE = /^((flask|django|app|fastapi|web|server)_)?debug(_mode)?$/i;
var DEBUG_ANCHOR = /debug(?:_mode)?(?!\w)(?<=(?<!\w)(?:(?:flask|django|app|fastapi|web|server)_)?debug(?:_mode)?)|reload(?!\w)(?<!\wreload)/gi;
var APP_MODULES = ["fastapi", "starlette", "aiohttp", "quart", "sanic"];
var ENV_READERS = /^(os\.getenv|os\.environ\.get|os\.environ\.setdefault|decouple\.config|decouple\.AutoConfig\.\(\))$/;
var ENV_OBJECTS = /^(environ(\.environ)?\.Env|starlette\.config\.Config|decouple\.(AutoConfig|Config))$/;
var NOT_WEB_RUNNERS = /^(asyncio|anyio|trio|uvloop|unittest|doctest|pytest|curio)(\.|$)/;
var APP_CLASSES = /^(fastapi\.FastAPI|fastapi\.applications\.FastAPI|starlette\.applications\.Starlette|aiohttp\.web\.Application|aiohttp\.web_app\.Application|quart\.Quart|sanic\.Sanic)$/;
var debugEnabled = {
  kind: "python",
  meta: meta30,
  anchors: {
    // A call fires on its `debug=`/`DEBUG=`/`reload=` keyword or the name of the variable it
    // reads (`"FLASK_DEBUG"`, `key="DEBUG"`); an assignment on its target (`DEBUG`, `app.debug`,
    // `app.config["DEBUG"]`, `debug_mode`). One pattern for both.
    call: DEBUG_ANCHOR,
    assignment: DEBUG_ANCHOR,
    // An app given `**options` (see `create`).
    argument_list: /\*\*/g
  },
  create({ file, report }) {
    if (file.isTest || !/debug\w*\s*[=:]|debug\w*["']|\breload\s*=/i.test(file.text)) return {};
    const flag = (at, message) => {
      if (!isDevelopmentOnly(file, at)) report({ at, message });
    };
    const checked = /* @__PURE__ */ new Set();
    const visitors = {
      call(node) {
        if (checked.has(node.id)) return;
        checked.add(node.id);
        const tail = file.calleeTail(node);
        const callee = node.childForFieldName("function");
        let debugKeyword = null;
        let debugSetting = null;
        let firstPositional = null;
        let hasSplat = false;
        for (const arg of node.childForFieldName("arguments")?.namedChildren ?? []) {
          if (!arg) continue;
          if (arg.type === "keyword_argument") {
            const keyword = arg.childForFieldName("name")?.text;
            if (keyword === "debug") debugKeyword = arg.childForFieldName("value");
            else if (keyword === "DEBUG") debugSetting = arg.childForFieldName("value");
            else if (keyword === "key" && !firstPositional)
              firstPositional = arg.childForFieldName("value");
          } else if (arg.type === "dictionary_splat") hasSplat = true;
          else if (!firstPositional && arg.type !== "list_splat" && arg.type !== "comment")
            firstPositional = arg;
        }
        if (tail === "run" || tail === "run_server") {
          const name2 = importedCallName(file, node);
          if (name2 === "uvicorn.run" || name2 === "uvicorn.main.run") {
            if (isTruthyLiteral(file, file.keywordArgument(node, "reload")) && !runsOnlyAsMain(file, node)) {
              flag(
                node,
                'uvicorn.run(reload=True) runs the auto-reloader wherever this module is started; keep reload for development (under if __name__ == "__main__") or drop it.'
              );
            }
            if (isTruthyLiteral(file, debugKeyword))
              flag(
                node,
                "uvicorn.run(debug=True) serves tracebacks to clients; read the flag from settings."
              );
            return;
          }
          if (callee?.type !== "attribute" || name2 && NOT_WEB_RUNNERS.test(name2)) return;
          if (isTruthyLiteral(file, debugKeyword)) {
            flag(
              node,
              "run(debug=True) starts the debugger, which runs code typed into its error page; use `flask run --debug` locally and keep debug off in code."
            );
          }
          return;
        }
        if (debugKeyword || hasSplat) {
          const name2 = importedCallName(file, node);
          if (name2 && APP_CLASSES.test(name2) && isTruthyLiteral(file, optionValue(file, node, "debug"))) {
            flag(
              node,
              `${name2.replace(/^.*\./, "")}(debug=True) sends tracebacks to clients; read the flag from settings, off by default.`
            );
            return;
          }
        }
        const variable = firstPositional?.type === "string" ? stringValue(firstPositional) : null;
        if (variable && DEBUG_VARIABLE.test(variable)) {
          const name2 = importedCallName(file, node);
          if (name2 && ENV_READERS.test(name2)) {
            checkEnvDefault(
              node,
              variable,
              file.positionalArguments(node)[1] ?? file.keywordArgument(node, "default")
            );
          } else {
            const reader = callee?.type === "attribute" ? callee.childForFieldName("object") : callee;
            if (reader && isSettingsReader(file, reader)) {
              checkEnvDefault(
                node,
                variable,
                file.keywordArgument(node, "default") ?? file.positionalArguments(node)[1] ?? null
              );
            }
          }
          return;
        }
        if (!debugSetting) return;
        if (tail === "update" && callee?.type === "attribute") {
          const config = callee.childForFieldName("object");
          if (config?.type === "attribute" && config.childForFieldName("attribute")?.text === "config" && isFlaskApp(file, config.childForFieldName("object"))) {
            if (isTruthyLiteral(file, debugSetting))
              flag(
                node,
                "The Flask app is configured with DEBUG=True; read the flag from the environment, off by default."
              );
          }
          return;
        }
        if (/^environ(\.environ)?\.Env$/.test(importedCallName(file, node) ?? "")) {
          const value = file.resolveValue(debugSetting);
          if (value?.type === "tuple" && isTruthyLiteral(file, value.namedChildren[1] ?? null)) {
            flag(
              node,
              "environ.Env declares DEBUG with a truthy default, so debug is on wherever the variable is not set; default it to False."
            );
          }
        }
      },
      assignment(node) {
        const left = node.childForFieldName("left");
        const right = node.childForFieldName("right");
        if (!left || !right) return;
        if (left.type === "identifier") {
          checkNamedSetting(node, left, right);
          return;
        }
        if (right.type !== "true" && right.type !== "identifier") return;
        if (left.type === "attribute" && left.childForFieldName("attribute")?.text === "debug") {
          if (literalBoolean(file, right) === true && isFlaskApp(file, left.childForFieldName("object"))) {
            flag(
              node,
              "The Flask app runs in debug mode; read the flag from the environment, off by default."
            );
          }
        } else if (left.type === "subscript" && stringValue(left.childForFieldName("subscript")) === "DEBUG") {
          const config = left.childForFieldName("value");
          if (literalBoolean(file, right) !== true) return;
          if (config?.type === "attribute" && config.childForFieldName("attribute")?.text === "config" && isFlaskApp(file, config.childForFieldName("object"))) {
            flag(
              node,
              "The Flask app is configured with DEBUG = True; read the flag from the environment, off by default."
            );
          }
        }
      }
    };
    if (APP_MODULES.some((module2) => file.importsModule(module2))) {
      visitors.argument_list = (node) => {
        const call = file.parentOf(node);
        if (call?.type === "call") visitors.call?.(call);
      };
    }
    return visitors;
    function checkNamedSetting(assignment, left, right) {
      if (!DEBUG_VARIABLE.test(left.text)) return;
      const scope = file.scopeOf(assignment);
      if (right.type !== "true" && right.type !== "identifier") return;
      if (left.text === "DEBUG" && scope.type === "module" && file.isSettings && isTopLevelStatement(file, assignment)) {
        if (literalBoolean(file, right) === true && file.assignedValue("DEBUG", assignment) !== null) {
          flag(
            assignment,
            "DEBUG = True in a settings module ships debug mode; read it from the environment, off by default."
          );
        }
        return;
      }
      if (scope.type === "class_definition" && DEBUG_VARIABLE.test(left.text) && literalBoolean(file, right) === true && isBaseSettings(file, scope)) {
        flag(
          assignment,
          `The settings field ${left.text} defaults to True, so debug is on wherever the variable is not set; default it to False.`
        );
      }
    }
    function checkEnvDefault(call, name2, fallback) {
      if (!isTruthyLiteral(file, fallback)) return;
      flag(
        call,
        `${name2} is read from the environment with a truthy default, so debug is on wherever the variable is not set; default it to False.`
      );
    }
  }
};
function runsOnlyAsMain(file, node) {
  if (file.isUnderMainGuard(node) || file.isScript) return true;
  const fn = file.enclosingFunction(node);
  const name2 = fn?.childForFieldName("name")?.text;
  if (!name2) return false;
  const calls = file.callsSpelled(name2);
  return calls.length > 0 && calls.every((call) => file.isUnderMainGuard(call));
}
function isTopLevelStatement(file, assignment) {
  const chain = file.ancestry(assignment);
  return chain.length >= 3 && chain[chain.length - 3]?.type === "module";
}
function isFlaskApp(file, node) {
  if (!file.importsModule("flask") && !file.importsModule("quart")) return false;
  const value = resolveObject(file, node);
  if (value?.type !== "call") return false;
  return /^(flask\.Flask|flask\.app\.Flask|quart\.Quart)$/.test(
    importedCallName(file, value) ?? ""
  );
}
function isSettingsReader(file, node) {
  const value = file.resolveValue(node);
  if (value?.type !== "call") return false;
  return ENV_OBJECTS.test(importedCallName(file, value) ?? "");
}
function isBaseSettings(file, classDefinition) {
  const bases = classDefinition.childForFieldName("superclasses")?.namedChildren ?? [];
  return bases.some((base) => /(^|\.)BaseSettings$/.test(importedName(file, base) ?? ""));
}

// src/patterns/python/security/hardcoded-secret.ts
var meta31 = {
  id: "PBP201",
  name: "hardcoded-secret",
  tool: "patterns",
  section: "security",
  level: "error",
  precision: "high",
  summary: "A credential is written into the source code.",
  tags: ["security", "external/cwe/cwe-798"],
  cwe: ["CWE-798"],
  securitySeverity: 8.5,
  docs: {
    what: "Finds credentials written into the source: string literals assigned to, defaulted into, passed as or compared with names like SECRET_KEY, password, api_key or *_token; literal keys given to jwt.encode/decode, Fernet, hmac.new or itsdangerous serializers; and URLs with a password inside.",
    why: "Everything in a repository is readable by everyone who can clone it, and stays in git history after it is removed. A leaked signing key lets anyone forge sessions and tokens; a leaked database password opens the database.",
    example: 'SECRET_KEY = "s3cr3t-prod-key-8f2a"\napp.config["SECRET_KEY"] = "dev"\nengine = create_engine("postgresql://app:hunter2@db/app")',
    useInstead: 'SECRET_KEY = os.environ["SECRET_KEY"]\napp.config["SECRET_KEY"] = settings.secret_key\nengine = create_engine(os.environ["DATABASE_URL"])'
  }
};
function secretName(ending) {
  const words = String.raw`secret|passw(?:or)?d|passphrase|token|apikey|credentials?|pwd`;
  const qualifiers = String.raw`api|secret|private|access|signing|encryption|master|client|auth|jwt|session|hmac|fernet|license`;
  const numbered = String.raw`(?:_?\d+)?`;
  const owners = [...PASS_OWNERS].join("|");
  const variants = [...SECRET_KEY_VARIANTS].join("|");
  return String.raw`(?:${words})(?=${numbered}${ending})|key(?=${numbered}${ending})(?<=(?:${qualifiers})[^a-z0-9]*key|secret[\w.-]*key)` + String.raw`|pass(?=${numbered}${ending})(?<=(?<![a-z0-9])(?:${owners})[_-]pass)` + String.raw`|(?:${variants})(?=${numbered}${ending})(?<=secret[_-]?key(?:[_-](?:${variants}))*[_-](?:${variants}))`;
}
var SECRET_NAME = new RegExp(
  String.raw`${secretName(String.raw`(?:_*(?!\w)(?!\s*[.(\[])|[^a-z0-9]*?["'])`)}|:\/\/[^/\s:@]+:[^/\s@]+@`,
  "gi"
);
function mentionsSecret(text) {
  return /s(?:ecret|ession[_-]?key|igning[_-]?key)|p(?:ass(?:w|phrase)|rivate[_-]?key|wd)|[_-]pass(?![a-z])|token|c(?:redential|lient[_-]?key)|a(?:pi|ccess|uth)[_-]?key|encryption[_-]?key|master[_-]?key|license[_-]?key|fernet|hmac|itsdangerous|j(?:wt|ose)/i.test(
    text
  ) || text.includes("://") && /:\/\/[^\s'"/@]*:[^\s'"/@]*@/.test(text);
}
var KEY_ARGUMENTS = [
  { callee: /^(jwt|jose\.jwt)\.(encode|decode)$/, position: 1, keyword: "key" },
  { callee: /^cryptography\.fernet\.Fernet$/, position: 0, keyword: "key" },
  { callee: /^hmac\.(new|digest)$/, position: 0, keyword: "key" },
  {
    callee: /^itsdangerous(\.[\w.]+)?\.(URLSafeTimedSerializer|URLSafeSerializer|TimedSerializer|Serializer|Signer|TimestampSigner|TimedJSONWebSignatureSerializer)$/,
    position: 0,
    keyword: "secret_key"
  }
];
var DEFAULTING_READERS = /^(os\.getenv|os\.environ\.get|os\.environ\.setdefault|decouple\.config|environ\.Env\.\(\)\.str|config)$/;
var hardcodedSecret = {
  kind: "python",
  meta: meta31,
  anchors: {
    // A secret name is spelled in an identifier (`password = …`, `token=…`, `self.api_key == …`)
    // or a string (`{"password": …}`, `config["SECRET_KEY"] = …`, `getenv("API_TOKEN", …)`); the
    // statement that holds it is found from there; and URLs with a user and password.
    identifier: SECRET_NAME,
    string: SECRET_NAME,
    // The module that starts the key-taking function's name (`jwt.encode`, `hmac.new`), or
    // `Fernet`; names imported from them anchor as it (`from jwt import encode as sign`).
    call: ["jwt", "jose", "Fernet", "hmac", "itsdangerous"]
  },
  create({ file, report }) {
    if (file.isTest || !mentionsSecret(file.text)) return {};
    const secretLiteral = (node, name2) => {
      const literal = literalOf(node);
      if (!literal) return null;
      const value = stringValue(literal);
      if (value === null || value === "") return null;
      if (isPlaceholderValue(value, name2) && !(isSigningKeyName(name2) && (isFillInText(value) || isPhrase(value))))
        return null;
      if (isTokenName(name2) && !looksLikeIssuedToken(value)) return null;
      return literal;
    };
    const flag = (literal, what) => report({
      at: literal,
      message: `${what} is hard-coded; read it from the environment or a secret store.`
    });
    const holders = {
      assignment(node) {
        const left = node.childForFieldName("left");
        const name2 = targetName(left);
        if (!name2 || !isSecretName(name2)) return;
        const literal = secretLiteral(node.childForFieldName("right"), name2);
        if (literal) flag(literal, `The secret value of "${name2}"`);
      },
      pair(node) {
        const key = stringValue(node.childForFieldName("key"));
        if (!key || !isPlainName(key) || !isSecretName(key)) return;
        const literal = secretLiteral(node.childForFieldName("value"), key);
        if (literal) flag(literal, `The secret value under "${key}"`);
      },
      keyword_argument(node) {
        const name2 = node.childForFieldName("name")?.text;
        if (!name2 || !isSecretName(name2)) return;
        const literal = secretLiteral(node.childForFieldName("value"), name2);
        if (literal) flag(literal, `The secret argument "${name2}"`);
      },
      default_parameter: (node) => checkParameterDefault(node),
      typed_default_parameter: (node) => checkParameterDefault(node),
      comparison_operator(node) {
        const operators = node.children.filter((c) => c && !c.isNamed).map((c) => c?.type);
        if (operators.length !== 1 || operators[0] !== "==" && operators[0] !== "!=") return;
        const [left, right] = node.namedChildren;
        for (const [named, other] of [
          [left, right],
          [right, left]
        ]) {
          const name2 = targetName(named ?? null);
          if (!name2 || !isSecretName(name2) || isTokenName(name2)) continue;
          const literal = secretLiteral(other ?? null, name2);
          if (literal) flag(literal, `"${name2}" is compared with a literal: the secret`);
        }
      },
      call(node) {
        const callee = file.callName(node);
        if (!callee || !DEFAULTING_READERS.test(callee)) return;
        const variable = stringValue(file.positionalArguments(node)[0] ?? null);
        const fallback = file.positionalArguments(node)[1] ?? file.keywordArgument(node, "default");
        if (variable && isSecretName(variable)) {
          const literal = secretLiteral(fallback, variable);
          if (literal) flag(literal, `The default for the secret "${variable}"`);
        }
      }
    };
    const checked = /* @__PURE__ */ new Set();
    const checkHolders = (name2) => {
      const chain = file.ancestry(name2);
      for (let i2 = chain.length - 2; i2 >= 0 && i2 >= chain.length - 4; i2--) {
        const holder = chain[i2];
        if (!holder) break;
        const type = file.typeOf(holder);
        const check = Object.hasOwn(holders, type) ? holders[type] : void 0;
        if (!check || checked.has(holder.id)) continue;
        checked.add(holder.id);
        check(holder);
      }
    };
    return {
      identifier: checkHolders,
      string(node) {
        checkHolders(node);
        if (file.parentOf(node)?.type === "concatenated_string") return;
        const value = stringValue(node);
        if (value && hasInlineCredentials(value)) {
          report({
            at: node,
            message: "This URL has a password inside; read the URL or the password from the environment."
          });
        }
      },
      call(node) {
        const callee = file.callName(node);
        if (!callee || DEFAULTING_READERS.test(callee)) return;
        for (const spec of KEY_ARGUMENTS) {
          if (!spec.callee.test(callee)) continue;
          const argument = file.positionalArguments(node)[spec.position] ?? file.keywordArgument(node, spec.keyword);
          const literal = secretLiteral(file.resolveValue(argument), "key");
          if (!literal || !argument) continue;
          const use = `${callee.replace(/^.*\./, "")}()`;
          const via = literal.id === argument.id ? "" : ` (used by ${use} on line ${file.spanOf(argument).startLine})`;
          flag(
            literal,
            literal.id === argument.id ? `The key given to ${use}` : `This signing key${via}`
          );
        }
      }
    };
    function checkParameterDefault(node) {
      const name2 = node.childForFieldName("name")?.text;
      if (!name2 || !isSecretName(name2)) return;
      const literal = secretLiteral(node.childForFieldName("value"), name2);
      if (literal) flag(literal, `The default of the parameter "${name2}"`);
    }
  }
};
function literalOf(node) {
  if (!node) return null;
  if (node.type === "string" || node.type === "concatenated_string") return node;
  if (node.type === "call") {
    const callee = node.childForFieldName("function");
    if (callee?.type === "attribute" && callee.childForFieldName("attribute")?.text === "encode") {
      return literalOf(callee.childForFieldName("object"));
    }
  }
  return null;
}
function targetName(node) {
  if (!node) return null;
  if (node.type === "identifier") return node.text;
  if (node.type === "attribute") return node.childForFieldName("attribute")?.text ?? null;
  if (node.type === "subscript") {
    const key = stringValue(node.childForFieldName("subscript"));
    return key !== null && isPlainName(key) ? key : null;
  }
  return null;
}

// src/patterns/python/semantic/security-jwt.ts
var JWT_FUNCTION = /^(jwt|jwt\.api_jwt|jwt\.PyJWT\.\(\)|jose\.jwt)\.(encode|decode|decode_complete)$/;
function importsJwt(file) {
  return file.importsModule("jwt") || file.importsModule("jose");
}
var MENTIONS_JWT = /* @__PURE__ */ new WeakMap();
function mentionsJwt(file) {
  let known = MENTIONS_JWT.get(file);
  if (known === void 0) {
    known = /\b(jwt|jose)\b/.test(file.text);
    MENTIONS_JWT.set(file, known);
  }
  return known;
}
function jwtFunction(file, call) {
  const name2 = importedCallName(file, call);
  const match = name2 ? JWT_FUNCTION.exec(name2) : null;
  if (!match) return null;
  return match[2] === "encode" ? "encode" : "decode";
}
function decodeOption(file, call, flag) {
  const options = file.resolveValue(optionValue(file, call, "options"));
  if (options?.type !== "dictionary") return null;
  const value = dictionaryValue(options, flag);
  return value ? literalBoolean(file, value) : null;
}

// src/patterns/python/security/jwt-no-expiry.ts
var meta32 = {
  id: "PBP205",
  name: "jwt-no-expiry",
  tool: "patterns",
  section: "security",
  level: "warning",
  precision: "high",
  summary: 'A JWT is issued without an "exp" claim, or decoded without checking it.',
  tags: ["security", "external/cwe/cwe-613"],
  cwe: ["CWE-613"],
  securitySeverity: 5.4,
  docs: {
    what: 'Finds jwt.encode(payload, \u2026) (PyJWT, python-jose) where the payload dict, literal or built in the same function, has no "exp" key, and jwt.decode with options={"verify_exp": False}.',
    why: "A token without an expiry is valid forever: a token leaked through a log, a browser or an old laptop can be replayed as long as the signing key lives, and logging out does not end it.",
    example: 'payload = {"sub": str(user.id), "iat": datetime.now(timezone.utc)}\nreturn jwt.encode(payload, settings.secret_key, algorithm="HS256")',
    useInstead: 'now = datetime.now(timezone.utc)\npayload = {"sub": str(user.id), "iat": now, "exp": now + timedelta(minutes=30)}\nreturn jwt.encode(payload, settings.secret_key, algorithm="HS256")'
  }
};
var jwtNoExpiry = {
  kind: "python",
  meta: meta32,
  // The function's own name (`jwt.encode`, `from jwt import encode as sign`).
  anchors: { call: ["encode", "decode", "decode_complete"] },
  create({ file, report }) {
    if (file.isTest || !importsJwt(file)) return {};
    return {
      call(node) {
        const fn = jwtFunction(file, node);
        if (fn === "decode") {
          if (decodeOption(file, node, "verify_exp") === false && mentionsJwt(file)) {
            report({
              at: node,
              message: "This JWT is decoded with verify_exp off, so expired tokens are accepted; remove the option."
            });
          }
          return;
        }
        if (fn !== "encode") return;
        const payload = file.positionalArguments(node)[0] ?? file.keywordArgument(node, "payload") ?? file.keywordArgument(node, "claims");
        const keys = payloadKeys(file, payload, node);
        if (!keys || !keys.complete || keys.keys.has("exp") || !mentionsJwt(file)) return;
        report({
          at: node,
          message: 'This JWT has no "exp" claim, so it never expires; add "exp" (e.g. now + timedelta(minutes=30)).'
        });
      }
    };
  }
};
function payloadKeys(file, payload, encode) {
  if (!payload) return null;
  if (payload.type !== "identifier") return literalDictionaryKeys(file, payload);
  const scope = file.scopeOf(encode);
  const name2 = payload.text;
  let built = null;
  const added = /* @__PURE__ */ new Set();
  let complete = true;
  for (const use of identifiersNamed(file, scope, name2)) {
    if (use.id === payload.id) continue;
    if (file.scopeOf(use).id !== scope.id) return null;
    const chain = file.ancestry(use);
    const parent = chain.length >= 2 ? chain[chain.length - 2] : void 0;
    if (!parent) return null;
    const grandparent = chain.length >= 3 ? chain[chain.length - 3] ?? null : null;
    if (parent.type === "attribute" && parent.childForFieldName("attribute")?.id === use.id || parent.type === "keyword_argument" && parent.childForFieldName("name")?.id === use.id) {
      continue;
    }
    const field = fieldOf(parent, use);
    if (parent.type === "assignment" && field === "left") {
      if (built) return null;
      built = literalDictionaryKeys(file, parent.childForFieldName("right"));
      if (!built) return null;
    } else if (parent.type === "subscript" && field === "value") {
      const statement = grandparent;
      if (statement?.type === "assignment" && fieldOf(statement, parent) === "left") {
        const key = stringValue(parent.childForFieldName("subscript"));
        if (key === null) complete = false;
        else added.add(key);
      }
    } else if (parent.type === "attribute" && field === "object") {
      const method = parent.childForFieldName("attribute")?.text;
      const call = grandparent?.type === "call" ? grandparent : null;
      if (method === "update" && call) {
        for (const arg of call.childForFieldName("arguments")?.namedChildren ?? []) {
          if (!arg || arg.type === "comment") continue;
          if (arg.type === "keyword_argument") {
            const keyword = arg.childForFieldName("name")?.text;
            if (keyword) added.add(keyword);
            continue;
          }
          const keys2 = literalDictionaryKeys(file, file.resolveValue(arg));
          if (!keys2) complete = false;
          else {
            for (const key of keys2.keys) added.add(key);
            if (!keys2.complete) complete = false;
          }
        }
      } else if (method === "setdefault" && call) {
        const key = stringValue(file.positionalArguments(call)[0] ?? null);
        if (key === null) complete = false;
        else added.add(key);
      } else if (method !== "get" && method !== "copy" && method !== "pop" && method !== "items" && method !== "keys") {
        return null;
      }
    } else if (parent.type === "augmented_assignment" && field === "left") {
      const keys2 = literalDictionaryKeys(file, parent.childForFieldName("right"));
      if (!keys2) complete = false;
      else for (const key of keys2.keys) added.add(key);
    } else if (parent.type === "subscript" || parent.type === "comparison_operator" || parent.type === "return_statement") {
    } else if (parent.type === "argument_list" && grandparent && jwtFunction(file, grandparent) === "encode") {
    } else {
      return null;
    }
  }
  if (!built) return null;
  const keys = /* @__PURE__ */ new Set([...built.keys, ...added]);
  return { keys, complete: built.complete && complete };
}
function identifiersNamed(file, scope, name2) {
  if (!name2)
    return scope.descendantsOfType("identifier").filter((use) => use !== null && use.text === name2);
  return file.spelled(name2, scope).filter((leaf) => file.typeOf(leaf) === "identifier");
}
function fieldOf(parent, child) {
  for (const field of ["left", "right", "value", "object", "subscript"]) {
    if (parent.childForFieldName(field)?.id === child.id) return field;
  }
  return null;
}

// src/patterns/python/security/jwt-unverified-decode.ts
var meta33 = {
  id: "PBP204",
  name: "jwt-unverified-decode",
  tool: "patterns",
  section: "security",
  level: "error",
  precision: "high",
  summary: "A JWT is decoded without verifying its signature or pinning the algorithm.",
  tags: ["security", "external/cwe/cwe-347"],
  cwe: ["CWE-347"],
  securitySeverity: 8.8,
  docs: {
    what: 'Finds PyJWT or python-jose jwt.decode calls with options={"verify_signature": False}, verify=False, no algorithms= argument, or "none" among the algorithms. A peek at the claims to choose the key, followed in the same function by a verified decode of the same token, is left out.',
    why: 'A token whose signature is not checked is JSON the client wrote: anyone can claim any user or role. Without a pinned algorithm list the token header chooses the algorithm, which allows "none" tokens and HMAC-with-the-public-key forgeries.',
    example: 'claims = jwt.decode(token, options={"verify_signature": False})\nclaims = jwt.decode(token, settings.secret_key)',
    useInstead: 'claims = jwt.decode(token, settings.secret_key, algorithms=["HS256"])'
  }
};
var jwtUnverifiedDecode = {
  kind: "python",
  meta: meta33,
  // The function's own name (`jwt.decode`, `from jwt import decode as jwt_decode`).
  anchors: { call: ["decode", "decode_complete"] },
  create({ file, report }) {
    if (file.isTest || !importsJwt(file)) return {};
    return {
      call(node) {
        if (jwtFunction(file, node) !== "decode") return;
        const problem = unverified(node);
        if (problem && mentionsJwt(file) && !(signatureOff(node) && verifiedLater(node)))
          report({ at: node, message: problem });
      }
    };
    function signatureOff(call) {
      return decodeOption(file, call, "verify_signature") === false || literalBoolean(file, optionValue(file, call, "verify")) === false;
    }
    function verifiedLater(call) {
      const fn = file.enclosingFunction(call);
      const token = file.positionalArguments(call)[0]?.text;
      if (!fn || !token) return false;
      const after = file.text.slice(call.endIndex, fn.endIndex);
      if (!new RegExp(`(?<![\\w.])${escapeRegExp(token)}(?!\\w)`).test(after)) return false;
      return fn.descendantsOfType("call").some((other) => {
        if (other === null || other.startIndex <= call.endIndex) return false;
        if (jwtFunction(file, other) === "decode")
          return file.positionalArguments(other)[0]?.text === token && unverified(other) === null;
        return /decode/i.test(file.calleeTail(other) ?? "") && !/unverified/i.test(other.text);
      });
    }
    function unverified(call) {
      if (decodeOption(file, call, "verify_signature") === false) {
        return "This JWT is decoded with verify_signature off, so its claims are whatever the sender wrote; verify it with the key and algorithms=[...].";
      }
      if (literalBoolean(file, optionValue(file, call, "verify")) === false) {
        return "This JWT is decoded with verify=False, so its claims are whatever the sender wrote; verify it with the key and algorithms=[...].";
      }
      const algorithms = optionValue(file, call, "algorithms") ?? file.positionalArguments(call)[2] ?? null;
      if (!algorithms) {
        if (hasOpaqueKeywords(file, call)) return null;
        return 'jwt.decode() without algorithms= lets the token choose its own algorithm ("none", or HMAC with a public key); pass algorithms=["HS256"] (or the one you sign with).';
      }
      const value = file.resolveValue(algorithms);
      if (value?.type === "none") {
        return 'jwt.decode() with algorithms=None lets the token choose its own algorithm; pass the one you sign with, e.g. algorithms=["HS256"].';
      }
      const listed = value && ["list", "tuple", "set"].includes(value.type) ? value.namedChildren : [value];
      if (listed.some(
        (item) => stringValue(file.resolveValue(item ?? null))?.trim().toLowerCase() === "none"
      )) {
        return 'jwt.decode() accepts the "none" algorithm, i.e. unsigned tokens; allow only the algorithm you sign with.';
      }
      return null;
    }
  }
};

// src/patterns/python/security/naive-utc-now.ts
var meta34 = {
  id: "PBP212",
  name: "naive-utc-now",
  tool: "patterns",
  section: "security",
  level: "note",
  precision: "very-high",
  summary: "`datetime.utcnow()`/`utcfromtimestamp()` returns a naive time that is easily misread as local.",
  tags: ["security", "external/cwe/cwe-477"],
  cwe: ["CWE-477"],
  securitySeverity: 2,
  docs: {
    what: "Finds datetime.utcnow() and datetime.utcfromtimestamp(), called or passed as a default factory, whatever the datetime import looks like.",
    why: "Both return a naive datetime: Python reads it as local time when it is converted or turned into a timestamp, so token expiry and validity checks are off by the server\u2019s UTC offset, and comparing it with an aware datetime raises TypeError. Both are deprecated since Python 3.12.",
    example: "expire = datetime.utcnow() + timedelta(minutes=30)\ncreated_at = Column(DateTime, default=datetime.utcnow)",
    useInstead: "expire = datetime.now(timezone.utc) + timedelta(minutes=30)\ncreated_at = Column(DateTime(timezone=True), default=lambda: datetime.now(timezone.utc))"
  }
};
var NAIVE_UTC = /^datetime\.datetime\.(utcnow|utcfromtimestamp)$/;
var naiveUtcNow = {
  kind: "python",
  meta: meta34,
  // The method's name is the attribute's last part.
  anchors: { attribute: ["utcnow", "utcfromtimestamp"] },
  create({ file, report }) {
    if (file.isTest || !file.importsModule("datetime")) return {};
    return {
      attribute(node) {
        const method = node.childForFieldName("attribute")?.text;
        if (method !== "utcnow" && method !== "utcfromtimestamp") return;
        if (!NAIVE_UTC.test(importedName(file, node) ?? "")) return;
        const replacement = method === "utcnow" ? "datetime.now(timezone.utc)" : "datetime.fromtimestamp(ts, tz=timezone.utc)";
        report({
          at: node,
          message: `datetime.${method}() returns a naive datetime, which .timestamp() and .astimezone() read as local time and which cannot be compared with an aware one; use ${replacement} (with timezone-aware columns).`
        });
      }
    };
  }
};

// src/patterns/python/semantic/security-passwords.ts
var PASSWORD_WORDS = /* @__PURE__ */ new Set([
  "password",
  "passwd",
  "pwd",
  "passphrase",
  "pw",
  "pass",
  "passw",
  "pword"
]);
var NEEDS_QUALIFIER = /* @__PURE__ */ new Set(["pw", "pass", "pwd"]);
var HASHED_WORDS = /* @__PURE__ */ new Set([
  "hash",
  "hashed",
  "digest",
  "crypt",
  "crypted",
  "encrypted",
  "hmac",
  "salt",
  "salted",
  "enc"
]);
function isPasswordName(name2) {
  const words = unnumberedWords(name2);
  const last = words.at(-1);
  if (!last || !PASSWORD_WORDS.has(last)) return false;
  if (NEEDS_QUALIFIER.has(last) && words.length < 2) return false;
  return !words.some((word) => HASHED_WORDS.has(word));
}
function isHashedName(name2) {
  return nameWords(name2).some((word) => HASHED_WORDS.has(word));
}
function valueName(node) {
  if (!node) return null;
  switch (node.type) {
    case "identifier":
      return node.text;
    case "attribute":
      return node.childForFieldName("attribute")?.text ?? null;
    case "subscript":
      return stringValue(node.childForFieldName("subscript"));
    case "call": {
      const callee = node.childForFieldName("function");
      if (callee?.type === "attribute" && callee.childForFieldName("attribute")?.text === "get") {
        const first = node.childForFieldName("arguments")?.namedChildren[0] ?? null;
        return stringValue(first);
      }
      return null;
    }
    default:
      return null;
  }
}
function fieldName(node) {
  if (node?.type === "attribute" && node.childForFieldName("attribute")?.text === "data") {
    return valueName(node.childForFieldName("object"));
  }
  return valueName(node);
}
var HASHING_CALL = /hash|digest|crypt|pbkdf2|scrypt|argon|make_password|md5|sha\d|sha_?\d|blake|hmac|encode_password/i;
function isHashedValue(file, node) {
  const value = file.resolveValue(node);
  if (!value) return false;
  if (value.type === "identifier" && node && value.id === node.id) {
    const last = file.assignedValuesBefore(value.text, value).at(-1);
    if (last && last.type === "call" && isHashedValue(file, last)) return true;
  }
  if (value.type === "call") {
    const callee = value.childForFieldName("function");
    const name3 = callee?.type === "attribute" ? callee.childForFieldName("attribute")?.text : callee?.text;
    if (name3 && HASHING_CALL.test(name3)) return true;
    if (callee?.type === "attribute")
      return isHashedValue(file, callee.childForFieldName("object"));
    return false;
  }
  const name2 = valueName(value);
  return name2 !== null && isHashedName(name2);
}

// src/patterns/python/security/plaintext-password.ts
var meta35 = {
  id: "PBP213",
  name: "plaintext-password",
  tool: "patterns",
  section: "security",
  level: "error",
  precision: "high",
  summary: "A password is stored or checked in plain text.",
  tags: ["security", "external/cwe/cwe-256"],
  cwe: ["CWE-256", "CWE-257"],
  securitySeverity: 7.5,
  docs: {
    what: 'Finds queries that filter on a password column with a value that was not hashed (filter_by(password=\u2026), User.password == \u2026, objects.get(password=\u2026), find_one({"password": \u2026}), WHERE password = ? in SQL text), a stored password compared with == or compare_digest to one from the request, and the typed password written as it is (objects.create(password=\u2026), INSERT \u2026 (password) VALUES, UPDATE \u2026 SET password = ?).',
    why: "A password that can be matched as typed is stored as typed: one leaked backup or SQL injection exposes every user\u2019s password, and people reuse passwords across sites. Store salted slow hashes and check them with the hasher\u2019s verify function.",
    example: "user = User.query.filter_by(email=form.email, password=form.password).first()\nif user and user.password == form.password:\n    login(user)",
    useInstead: "user = User.query.filter_by(email=form.email).first()\nif user and pwd_context.verify(form.password, user.password_hash):\n    login(user)"
  }
};
var KEYWORD_FILTERS = /* @__PURE__ */ new Set([
  "filter_by",
  "filter",
  "get",
  "exclude",
  "get_or_none",
  "get_object_or_404"
]);
var EXPRESSION_FILTERS = /* @__PURE__ */ new Set(["filter", "where", "get", "get_or_none", "having"]);
var MONGO_FILTERS = /* @__PURE__ */ new Set([
  "find",
  "find_one",
  "count_documents",
  "find_one_and_update",
  "find_one_and_delete",
  "update_one",
  "delete_one"
]);
var SQL_SINKS = /* @__PURE__ */ new Set([
  "execute",
  "executemany",
  "exec_driver_sql",
  "raw",
  "read_sql",
  "read_sql_query",
  "text"
]);
var PASSWORD_NAME = (() => {
  const identifierEnd = String.raw`(?:_?\d+)?_*(?:__i?exact)?(?!\w)`;
  const stringEnd = String.raw`(?:_?\d+)?[^a-z0-9]*?["']`;
  const nameCharacter = String.raw`[^\s!-/:-@[-^\x60{-~]`;
  return new RegExp(
    String.raw`p(?:(?<=${nameCharacter}p)(?:ass|wd?)(?=${identifierEnd})|(?:ass|wd?)(?=${stringEnd})|(?:assword|asswd|assphrase|assw|word)(?=${identifierEnd}|${stringEnd}))`,
    "gi"
  );
})();
var SQL_PASSWORD_CHECK = /\bwhere\b[^;]*?\b(?!\w*hash)(\w*password|\w*passwd|pwd|pass)\s*=\s*['"]?\s*(\?|%s|%\(\w+\)s|:\w+|\{\{?[^}]*\}|\$\d+|\uFFFC)/i;
var SQL_PASSWORD_WRITE = /\binsert\s+into\s+[\w."`[\]]+\s*\([^)]*?\b(?!\w*hash)(?:\w*password|\w*passwd|pwd)\b[^)]*\)\s*values\b|\bupdate\s+[\w."`[\]]+\s+set\b[^;]*?\b(?!\w*hash)(?:\w*password|\w*passwd|pwd)\s*=/i;
var MANAGER_WRITES = /* @__PURE__ */ new Set(["create", "update", "get_or_create"]);
var VALUE_MARK = "\uFFFC";
var REQUEST_CONTAINER = /(^|[._])(forms?|request|req|body|payload|data|json|args|params|inputs?|credentials|creds|login|signin|signup|register|registration|serializer|validated_data|cleaned_data|schema|dto|cmd|command|attrs|kwargs|fields|post)([._]|$)|(^|_)in$|^in_/i;
var STORED_CONTAINER = /user|account|member|customer|admin|owner|employee|staff|person|profile|player|student|patient|record|row|stored|existing|found|^u$|^acc$|^usr$/i;
var MODEL_BASES = /Model|Base\b|Document|Entity|Table|UserMixin|AbstractUser|AbstractBaseUser|SQLModel/;
var INPUT_CLASS = /Form|Serializer|Schema|Request|Create|Update|Input|Login|Register|Signup|SignUp|In$|Payload|Credentials/;
var plaintextPassword = {
  kind: "python",
  meta: meta35,
  anchors: {
    // A Mongo, SQL or compare call, whose filter or text may be built elsewhere: its own name.
    call: [...MONGO_FILTERS, ...SQL_SINKS, "compare_digest"],
    // A query filtered on a password keyword (`filter_by(password=…)`): the keyword's name.
    keyword_argument: PASSWORD_NAME,
    // A comparison: its named sides (the column or stored field, the typed password).
    comparison_operator: PASSWORD_NAME
  },
  create({ file, report }) {
    if (file.isTest || !/passw|pwd|passphrase|pword|_pw\b|\bpw_|_pass\b|\bpass_/i.test(file.text))
      return {};
    const checked = /* @__PURE__ */ new Set();
    const visitors = {
      keyword_argument(node) {
        const chain = file.ancestry(node);
        const call = chain[chain.length - 3];
        if (chain[chain.length - 2]?.type === "argument_list" && call?.type === "call")
          visitors.call?.(call);
      },
      call(node) {
        if (checked.has(node.id)) return;
        checked.add(node.id);
        const tail = file.calleeTail(node);
        if (!tail) return;
        if (KEYWORD_FILTERS.has(tail) && isQueryCall(node, tail)) checkKeywordFilter(node);
        if (MANAGER_WRITES.has(tail)) checkManagerWrite(node);
        if (MONGO_FILTERS.has(tail)) checkMongoFilter(node);
        if (SQL_SINKS.has(tail)) checkSqlText(node);
        if (tail === "compare_digest" && /^(hmac|secrets)\.compare_digest$/.test(importedCallName(file, node) ?? "")) {
          const [left, right] = file.positionalArguments(node);
          if (left && right && isPlaintextCheck(left, right)) {
            report({
              at: node,
              message: "A stored password is compared with the typed one, so passwords are kept in plain text; store a bcrypt/argon2 hash and check it with verify()."
            });
          }
        }
      },
      comparison_operator(node) {
        const operators = node.children.filter((child) => child && !child.isNamed).map((child) => child?.type);
        if (operators.length !== 1 || operators[0] !== "==" && operators[0] !== "!=") return;
        const [left, right] = node.namedChildren;
        if (!left || !right) return;
        if (inQueryExpression(node)) {
          for (const [column, value] of [
            [left, right],
            [right, left]
          ]) {
            if (isPasswordColumn(column) && !isHashedValue(file, value) && !isEmptyValue(value)) {
              report({
                at: node,
                message: `The query matches ${column.text} against a value that was not hashed, so passwords are stored as typed; look the user up by name and check the hash with verify().`
              });
              return;
            }
          }
          return;
        }
        if (isPlaintextCheck(left, right)) {
          report({
            at: node,
            message: "A stored password is compared with the typed one, so passwords are kept in plain text; store a bcrypt/argon2 hash and check it with verify()."
          });
        }
      }
    };
    return visitors;
    function isQueryCall(call, tail) {
      if (tail === "filter_by" || tail === "get_object_or_404" || tail === "get_or_none")
        return true;
      const receiver = call.childForFieldName("function")?.childForFieldName("object");
      return receiver ? /\b(objects|query|select|session|Model|\w+\.filter\(|\w+\.where\()/.test(receiver.text) || /^[A-Z]\w*$/.test(receiver.text) : false;
    }
    function checkKeywordFilter(call) {
      for (const arg of call.childForFieldName("arguments")?.namedChildren ?? []) {
        if (arg?.type !== "keyword_argument") continue;
        const column = (arg.childForFieldName("name")?.text ?? "").replace(/__(exact|iexact)$/, "");
        const value = arg.childForFieldName("value");
        if (!isPasswordName(column) || !value || isHashedValue(file, value) || isEmptyValue(value))
          continue;
        report({
          at: call,
          message: `The query looks users up by ${column}=<value that was not hashed>, so passwords are stored as typed; look the user up by name and check the hash with verify().`
        });
        return;
      }
    }
    function checkMongoFilter(call) {
      const filter = file.resolveValue(
        file.positionalArguments(call)[0] ?? file.keywordArgument(call, "filter")
      );
      if (filter?.type !== "dictionary") return;
      for (const pair of filter.namedChildren) {
        if (pair?.type !== "pair") continue;
        const key = stringValue(pair.childForFieldName("key"));
        const value = pair.childForFieldName("value");
        if (!key || !isPasswordName(key) || !value || isHashedValue(file, value) || isEmptyValue(value))
          continue;
        report({
          at: call,
          message: `The query matches "${key}" against a value that was not hashed, so passwords are stored as typed; look the user up by name and check the hash with verify().`
        });
        return;
      }
    }
    function checkSqlText(call) {
      const argument = file.positionalArguments(call)[0] ?? file.keywordArgument(call, "sql") ?? file.keywordArgument(call, "statement");
      const sql = file.resolveValue(argument);
      if (!sql || sql.type === "call" && file.calleeTail(sql) === "text") return;
      const template = sqlTemplate(file, sql);
      if (!template) return;
      const checks2 = SQL_PASSWORD_CHECK.test(template.text);
      if (!checks2 && !SQL_PASSWORD_WRITE.test(template.text)) return;
      const chain = file.ancestry(call);
      const executing = chain.length >= 3 && chain[chain.length - 2]?.type === "argument_list" ? chain[chain.length - 3] ?? null : null;
      const parameters = [
        ...template.values,
        ...parameterValues(file.positionalArguments(call)[1] ?? null),
        ...executing?.type === "call" ? parameterValues(file.positionalArguments(executing)[1] ?? null) : []
      ];
      if (parameters.some((value) => isHashedValue(file, value))) return;
      if (checks2) {
        report({
          at: call,
          message: "This SQL matches a password column against the given value, so passwords are stored as typed; select the user by name and check the hash with verify()."
        });
        return;
      }
      if (!parameters.some((value) => isTypedPassword(value))) return;
      report({
        at: call,
        message: "This SQL writes the password column from the typed password, so passwords are kept in plain text; store a bcrypt/argon2 hash of it instead."
      });
    }
    function checkManagerWrite(call) {
      const receiver = call.childForFieldName("function")?.childForFieldName("object");
      if (!receiver || !/(^|\.)objects$|\.objects\.|_default_manager$/.test(receiver.text)) return;
      for (const arg of call.childForFieldName("arguments")?.namedChildren ?? []) {
        if (arg?.type !== "keyword_argument") continue;
        const column = arg.childForFieldName("name")?.text ?? "";
        const value = arg.childForFieldName("value");
        if (!isPasswordName(column) || !value || !isTypedPassword(value)) continue;
        report({
          at: call,
          message: `The row is written with ${column}=<the typed password>, so passwords are kept in plain text; store a hash (make_password(), or create_user()/set_password() for users).`
        });
        return;
      }
    }
    function parameterValues(node) {
      const value = file.resolveValue(node);
      if (!value) return [];
      if (value.type === "dictionary")
        return value.namedChildren.filter((pair) => pair?.type === "pair").map((pair) => pair?.childForFieldName("value")).filter((v) => !!v);
      if (["tuple", "list", "parenthesized_expression"].includes(value.type))
        return value.namedChildren.filter((v) => v !== null);
      return [value];
    }
    function isPlaintextCheck(left, right) {
      return isStoredPassword(left) && isTypedPassword(right) || isStoredPassword(right) && isTypedPassword(left);
    }
    function isStoredPassword(node) {
      if (node.type !== "attribute" && node.type !== "subscript") return false;
      const name2 = fieldName(node);
      if (!name2 || !isPasswordName(name2)) return false;
      const container = node.childForFieldName(node.type === "attribute" ? "object" : "value");
      if (!container || REQUEST_CONTAINER.test(container.text)) return false;
      if (container.text === "self") {
        const owner = file.enclosing(node, /* @__PURE__ */ new Set(["class_definition"]), false);
        const className2 = owner?.childForFieldName("name")?.text ?? "";
        const bases = owner?.childForFieldName("superclasses")?.text ?? "";
        const method = file.enclosingFunction(node)?.childForFieldName("name")?.text ?? "";
        return !INPUT_CLASS.test(className2) && (MODEL_BASES.test(bases) || /check|verify|auth|login|valid/i.test(method));
      }
      return STORED_CONTAINER.test(container.text);
    }
    function isTypedPassword(node, depth = 0) {
      if (isHashedValue(file, node) || isEmptyValue(node)) return false;
      if (node.type === "identifier") {
        if (isPasswordName(node.text)) return true;
        const value = depth === 0 ? file.resolveValue(node) : null;
        return value !== null && value.id !== node.id && isTypedPassword(value, depth + 1);
      }
      const name2 = fieldName(node);
      if (!name2 || !isPasswordName(name2)) return false;
      const container = node.type === "call" ? node.childForFieldName("function")?.childForFieldName("object") : node.childForFieldName(node.type === "attribute" ? "object" : "value");
      const holder = node.type === "attribute" && node.childForFieldName("attribute")?.text === "data" ? container?.childForFieldName("object") : container;
      return holder !== null && holder !== void 0 && REQUEST_CONTAINER.test(holder.text);
    }
    function isPasswordColumn(node) {
      if (node.type !== "attribute") return false;
      const name2 = node.childForFieldName("attribute")?.text ?? "";
      const model = node.childForFieldName("object");
      return isPasswordName(name2) && model !== null && /^([a-z_]\w*\.)*[A-Z]\w*$/.test(model.text);
    }
    function inQueryExpression(comparison) {
      const chain = file.ancestry(comparison);
      for (let depth = 0; depth < 6; depth++) {
        const current = chain[chain.length - 2 - depth];
        if (!current) break;
        if (current.type === "argument_list") {
          const call = chain[chain.length - 3 - depth];
          if (call?.type !== "call") return false;
          const tail = file.calleeTail(call) ?? "";
          if (EXPRESSION_FILTERS.has(tail)) return true;
          if (!/^(and_|or_)$/.test(tail)) return false;
        } else if (!["boolean_operator", "binary_operator", "parenthesized_expression", "call"].includes(
          current.type
        )) {
          return false;
        }
      }
      return false;
    }
  }
};
function isEmptyValue(node) {
  return node.type === "none" || stringValue(node) === "";
}
function sqlTemplate(file, node) {
  const values = [];
  let depth = 0;
  const render = (part) => {
    if (!part || ++depth > 200) return null;
    const value = file.resolveValue(part) ?? part;
    if (value.type === "string") {
      if (!isInterpolatedString(value)) return stringValue(value);
      return value.namedChildren.map((child) => {
        if (child?.type === "interpolation") {
          const expression = child.childForFieldName("expression");
          if (expression) values.push(expression);
          return VALUE_MARK;
        }
        return child?.type === "string_content" || child?.type === "escape_sequence" ? child.text : "";
      }).join("");
    }
    if (value.type === "concatenated_string")
      return value.namedChildren.map((child) => render(child) ?? VALUE_MARK).join("");
    if (value.type === "binary_operator") {
      const operator = value.childForFieldName("operator")?.type;
      const left = render(value.childForFieldName("left"));
      if (operator === "+") {
        const right = value.childForFieldName("right");
        const rendered = render(right);
        if (rendered === null && right) values.push(right);
        return (left ?? VALUE_MARK) + (rendered ?? VALUE_MARK);
      }
      if (operator === "%") {
        const right = value.childForFieldName("right");
        if (right)
          values.push(
            ...right.type === "tuple" ? right.namedChildren.filter((v) => v !== null) : [right]
          );
        return left;
      }
      return null;
    }
    if (value.type === "call" && value.childForFieldName("function")?.childForFieldName("attribute")?.text === "format") {
      for (const arg of value.childForFieldName("arguments")?.namedChildren ?? []) {
        if (arg)
          values.push(
            arg.type === "keyword_argument" ? arg.childForFieldName("value") ?? arg : arg
          );
      }
      return render(value.childForFieldName("function")?.childForFieldName("object") ?? null);
    }
    return null;
  };
  const text = render(node);
  return text === null ? null : { text, values };
}

// src/patterns/python/security/shell-injection.ts
var meta36 = {
  id: "PBP210",
  name: "shell-injection",
  tool: "patterns",
  section: "security",
  level: "error",
  precision: "high",
  summary: "A shell command is built from values.",
  tags: ["security", "external/cwe/cwe-78"],
  cwe: ["CWE-78"],
  securitySeverity: 9.3,
  docs: {
    what: "Finds subprocess calls with shell=True, subprocess.getoutput, os.system, os.popen and asyncio.create_subprocess_shell whose command is not a constant: an f-string, %, .format() or + with a value in it, or a variable.",
    why: 'The shell reads the whole string as a program, so a value like "; rm -rf ~" pasted into it runs as another command. An argument list without a shell passes each value as a single argument, whatever it contains.',
    example: `subprocess.run(f"wkhtmltopdf --title '{customer}' {url} {out}", shell=True)
os.system("convert " + upload_path + " out.png")`,
    useInstead: 'subprocess.run(["wkhtmltopdf", "--title", customer, url, out], check=True)\nsubprocess.run(["convert", upload_path, "out.png"], check=True)'
  }
};
var SHELL_OPTIONAL = /^subprocess\.(run|call|check_call|check_output|Popen)$/;
var SHELL_ALWAYS = /^(subprocess\.(getoutput|getstatusoutput)|os\.(system|popen)|posix\.system|commands\.(getoutput|getstatusoutput)|asyncio\.create_subprocess_shell|asyncio\.subprocess\.create_subprocess_shell)$/;
var SHELL_TAILS = /* @__PURE__ */ new Set([
  "run",
  "call",
  "check_call",
  "check_output",
  "Popen",
  "getoutput",
  "getstatusoutput",
  "system",
  "popen",
  "create_subprocess_shell"
]);
var SHELL_MODULES = ["subprocess", "os", "posix", "commands", "asyncio"];
var SHELL_QUOTING = /^(shlex\.(quote|join)|pipes\.quote)$/;
var shellInjection = {
  kind: "python",
  meta: meta36,
  // `run`/`call`/`Popen` go through a shell only with `shell=` (the keyword is in the call);
  // the others always do, and are anchored on their own name (aliases anchor as it).
  anchors: {
    call: ["shell", "getoutput", "getstatusoutput", "system", "popen", "create_subprocess_shell"]
  },
  create({ file, report }) {
    if (file.isTest || isBuildScript(file) || !SHELL_MODULES.some((module2) => file.importsModule(module2)))
      return {};
    let mentioned;
    const mentionsShell = () => mentioned ??= /subprocess|os\.(system|popen)|from os import|posix\.system|commands\.get|create_subprocess_shell/.test(
      file.text
    );
    return {
      call(node) {
        const callee = node.childForFieldName("function");
        if (!SHELL_TAILS.has(file.calleeTail(node) ?? "") && !(callee?.type === "identifier" && file.imports().has(callee.text)))
          return;
        const name2 = importedCallName(file, node);
        if (!name2) return;
        let command = null;
        if (SHELL_OPTIONAL.test(name2)) {
          if (!isTruthyLiteral(file, file.keywordArgument(node, "shell"))) return;
          command = file.positionalArguments(node)[0] ?? file.keywordArgument(node, "args");
          const value = file.resolveValue(command);
          if (value && (value.type === "list" || value.type === "tuple"))
            command = value.namedChildren.find((c) => c?.type !== "comment") ?? null;
        } else if (SHELL_ALWAYS.test(name2)) {
          command = file.positionalArguments(node)[0] ?? file.keywordArgument(node, "cmd") ?? file.keywordArgument(node, "command");
        } else {
          return;
        }
        if (!command || isConstantText(file, command, (value) => isShellQuoted(file, value)) || !mentionsShell())
          return;
        const how = describe(file, command);
        report({
          at: node,
          message: `${name2.replace(/^.*\.(?=\w+\.\w+$)/, "")}() runs ${how} through a shell, so a value with ; or $( ) in it runs as a command; pass an argument list without a shell.`
        });
      }
    };
  }
};
function isShellQuoted(file, node) {
  return node.type === "call" && SHELL_QUOTING.test(importedCallName(file, node) ?? "");
}
function describe(file, command) {
  const value = file.resolveValue(command) ?? command;
  const where = value.id === command.id ? "" : ` (built on line ${file.spanOf(value).startLine})`;
  switch (value.type) {
    case "string":
      return `a command built with an f-string${where}`;
    case "binary_operator":
      return `a command built with ${value.childForFieldName("operator")?.type === "%" ? "% formatting" : "string concatenation"}${where}`;
    case "call":
      return value.childForFieldName("function")?.childForFieldName("attribute")?.text === "format" ? `a command built with .format()${where}` : "a computed command";
    default:
      return "a command that is not a constant";
  }
}

// src/patterns/python/security/sql-string-building.ts
var meta37 = {
  id: "PBP202",
  name: "sql-string-building",
  tool: "patterns",
  section: "security",
  level: "error",
  precision: "high",
  summary: "SQL text is built from values instead of passing them as parameters.",
  tags: ["security", "external/cwe/cwe-89"],
  cwe: ["CWE-89"],
  securitySeverity: 9.1,
  docs: {
    what: "Finds SQL built with an f-string, %, .format() or + and passed, directly or through a variable, to execute/executemany/executescript, peewee execute_sql(), SQLAlchemy text(), Django raw() or pandas read_sql.",
    why: "A value pasted into SQL text becomes SQL: a quote inside it ends the string literal and the rest runs as part of the statement (SQL injection). Parameters keep values out of the statement, and the driver quotes them.",
    example: `cursor.execute(f"SELECT * FROM users WHERE email = '{email}'")
query = "DELETE FROM orders WHERE id = %s" % order_id
session.execute(text(query))`,
    useInstead: 'cursor.execute("SELECT * FROM users WHERE email = %s", (email,))\nsession.execute(text("DELETE FROM orders WHERE id = :id"), {"id": order_id})\nsession.execute(select(User).where(User.email == email))'
  }
};
var SQL_SINKS2 = /* @__PURE__ */ new Set([
  "execute",
  "executemany",
  "executescript",
  // peewee's raw SQL: `db.execute_sql(sql, params)`.
  "execute_sql",
  "exec_driver_sql",
  "raw",
  "read_sql",
  "read_sql_query",
  "text"
]);
var SQL_TEXT = /\b(select\b[\s\S]+?\bfrom\b|insert\s+(or\s+\w+\s+)?into\b|update\s+[\w."`[\]]+\s+set\b|delete\s+from\b|replace\s+into\b|(create|drop|alter|truncate)\s+table\b|merge\s+into\b)|^\s*xa\s+(?:start|begin|end|prepare|commit|rollback)\b/i;
var sqlStringBuilding = {
  kind: "python",
  meta: meta37,
  anchors: {
    // The sink's own name, the last name of what is called, and `sqlalchemy` starting the name
    // (`sqlalchemy.text(...)` where the module is not imported).
    call: [...[...SQL_SINKS2].filter((sink) => sink !== "text"), "sqlalchemy"],
    // `text` is a common word, and SQLAlchemy's only where it is imported (see `create`).
    identifier: ["text"]
  },
  create({ file, report }) {
    let mentioned;
    const mentionsSink = () => mentioned ??= /\b(execute\w*|exec_driver_sql|raw|read_sql\w*|text)\s*\(/.test(file.text);
    const checked = /* @__PURE__ */ new Set();
    const visitors = {
      call(node) {
        if (checked.has(node.id)) return;
        checked.add(node.id);
        if (file.callName(node)?.startsWith("sqlalchemy.")) {
          const chain = file.ancestry(node);
          let inner = node;
          let index = chain.length - 2;
          while (chain[index]?.type === "attribute" && chain[index]?.childForFieldName("object")?.id === inner.id) {
            inner = chain[index];
            index--;
          }
          const outer = chain[index];
          if (inner.id !== node.id && outer?.type === "call" && outer.childForFieldName("function")?.id === inner.id)
            visitors.call?.(outer);
        }
        const tail = file.calleeTail(node);
        if (!tail || !SQL_SINKS2.has(tail)) return;
        if (tail === "text" && !isSqlalchemyText(file, node)) return;
        const argument = file.positionalArguments(node)[0] ?? file.keywordArgument(node, "sql") ?? file.keywordArgument(node, "statement") ?? file.keywordArgument(node, "query");
        if (!argument) return;
        let built = file.resolveValue(argument);
        if (!built) return;
        const sqlOnly = SQL_ONLY_SINKS.has(tail);
        let how = unsafeConstruction(file, built, sqlOnly);
        if (!how && built.type === "identifier") {
          const last = file.resolveValue(
            file.assignedValuesBefore(built.text, built).at(-1) ?? null
          );
          const unsafe = last && unsafeConstruction(file, last, sqlOnly);
          if (last && unsafe) [built, how] = [last, unsafe];
        }
        if (!how || !mentionsSink()) return;
        const where = built.startIndex < argument.startIndex || built.startIndex >= argument.endIndex ? ` (built on line ${file.spanOf(built).startLine})` : "";
        report({
          at: node,
          message: `SQL text built with ${how}${where} is passed to ${tail}(); pass the values as parameters.`
        });
      }
    };
    if (file.importsModule("sqlalchemy")) {
      visitors.identifier = (node) => {
        const chain = file.ancestry(node);
        let callee = node;
        let holder = chain[chain.length - 2];
        if (holder?.type === "attribute" && holder.childForFieldName("attribute")?.id === node.id) {
          callee = holder;
          holder = chain[chain.length - 3];
        }
        if (holder?.type === "call" && holder.childForFieldName("function")?.id === callee.id)
          visitors.call?.(holder);
      };
    }
    return visitors;
  }
};
function isSqlalchemyText(file, call) {
  const name2 = file.callName(call) ?? "";
  return name2.startsWith("sqlalchemy.") || name2 === "text" && file.importsModule("sqlalchemy");
}
var SQL_ONLY_SINKS = /* @__PURE__ */ new Set(["text", "exec_driver_sql", "read_sql", "read_sql_query"]);
var SQL_FRAGMENT = /[=<>]|\b(?:like|ilike|in|and|or|not|is|null|between|asc|desc|order\s+by|group\s+by|limit)\b/i;
function unsafeConstruction(file, node, sqlOnly = false) {
  const isSql = (text) => SQL_TEXT.test(text) || sqlOnly && SQL_FRAGMENT.test(text);
  switch (node.type) {
    case "string":
    case "concatenated_string": {
      const parts2 = node.type === "string" ? [node] : node.namedChildren;
      if (!parts2.some((part) => isInterpolatedString(part))) return null;
      if (!isSql(literalText(node))) return null;
      return parts2.every((part) => part?.type !== "string" || interpolatesOnlyConstants(file, part)) ? null : "an f-string";
    }
    case "binary_operator": {
      const operator = node.childForFieldName("operator")?.type;
      const left = node.childForFieldName("left");
      const right = node.childForFieldName("right");
      if (operator === "%") {
        const template = file.resolveValue(left);
        if (!template || !isSql(literalText(template))) return null;
        return isFixedOrQuoted(file, right) ? null : "% formatting";
      }
      if (operator === "+") {
        const parts2 = plusOperands(node);
        if (!isSql(parts2.map((part) => literalText(file.resolveValue(part) ?? part)).join(" ")))
          return null;
        return parts2.every((part) => isFixedOrQuoted(file, part)) ? null : "string concatenation";
      }
      return null;
    }
    case "call": {
      const callee = node.childForFieldName("function");
      if (callee?.type !== "attribute" || callee.childForFieldName("attribute")?.text !== "format")
        return null;
      const template = file.resolveValue(callee.childForFieldName("object"));
      if (!template || !isSql(literalText(template))) return null;
      const args2 = node.childForFieldName("arguments")?.namedChildren ?? [];
      const allConstant = args2.every(
        (arg) => arg && isFixedOrQuoted(
          file,
          arg.type === "keyword_argument" ? arg.childForFieldName("value") : arg
        )
      );
      return allConstant ? null : ".format()";
    }
    default:
      return null;
  }
}
function literalText(node) {
  if (node.type === "string") {
    return node.namedChildren.filter((child) => child?.type === "string_content" || child?.type === "escape_sequence").map((child) => child?.text ?? "").join(" ");
  }
  if (node.type === "concatenated_string")
    return node.namedChildren.map((c) => c ? literalText(c) : "").join("");
  return "";
}
function isFixedOrQuoted(file, node) {
  if (!node) return false;
  const value = file.resolveValue(node);
  if (!value) return false;
  switch (value.type) {
    case "integer":
    case "float":
    case "true":
    case "false":
    case "none":
      return true;
    case "string":
    case "concatenated_string":
      return stringValue(value) !== null;
    case "tuple":
    case "parenthesized_expression":
      return value.namedChildren.every((child) => isFixedOrQuoted(file, child));
    case "call":
      return SQL_QUOTING.test(file.calleeTail(value) ?? "");
    default:
      return false;
  }
}
var SQL_QUOTING = /^(quote_name|quote_ident|quote_identifier|quote_literal|qesc|escape_identifier|escape_literal|escape_string)$/;
function interpolatesOnlyConstants(file, node) {
  return node.namedChildren.filter((child) => child?.type === "interpolation").every(
    (interpolation) => isFixedOrQuoted(file, interpolation?.childForFieldName("expression") ?? null)
  );
}

// src/patterns/python/security/tls-verify-disabled.ts
var OPT_OUT_FUNCTION = /no_?verif|insecure|unverified|without_verif|skip_verif/i;
var VERIFY_FLAG = /^(?:[\w.]+\.)?\w*(?:verif|validate_cert|check_cert)\w*$/i;
var SKIP_VERIFY_FLAG = /^(?:[\w.]+\.)?\w*(?:insecure|skip_?verif|no_?verif|disable_?(?:ssl_?|tls_?)?verif|unverified|ignore_?cert)\w*$/i;
function inOptOutBranch(file, node) {
  return file.branchesAround(node, true).some(({ condition, holds }) => {
    const text = (condition?.text ?? "").trim();
    if (SSL_MODE.test(text)) return true;
    const negated = /^not\s+/.test(text);
    const flag = text.replace(/^not\s+/, "");
    if (SKIP_VERIFY_FLAG.test(flag)) return holds !== negated;
    return VERIFY_FLAG.test(flag) && holds === negated;
  });
}
var SSL_MODE = /(?<![\w])(?:[\w.]*\.)?_?ssl_?mode\b/i;
var meta38 = {
  id: "PBP211",
  name: "tls-verify-disabled",
  tool: "patterns",
  section: "security",
  level: "error",
  precision: "very-high",
  summary: "TLS certificate verification is switched off.",
  tags: ["security", "external/cwe/cwe-295"],
  cwe: ["CWE-295"],
  securitySeverity: 7.5,
  docs: {
    what: 'Finds verify=False given to requests or httpx, aiohttp ssl=False, options like verify_certs=False, ssl._create_unverified_context, and CERT_NONE used as a verify mode, an argument or a dict option ({"ssl_cert_reqs": ssl.CERT_NONE}, Celery\u2019s broker_use_ssl). A function named for the opt-out (load_ssl_context_no_verify), the branch of a verify flag that is off (if verified: \u2026 else: CERT_NONE) and a driver\u2019s sslmode branches (if sslmode < SSLMode.require: \u2026), a client library\u2019s own options, are left out.',
    why: "Without certificate checks anyone on the network path can pose as the server, read the credentials and data sent to it, and change its answers.",
    example: "resp = requests.post(url, json=body, verify=False, timeout=10)\nclient = httpx.AsyncClient(verify=False)",
    useInstead: 'resp = requests.post(url, json=body, verify="/etc/ssl/certs/internal-ca.pem", timeout=10)\nclient = httpx.AsyncClient()  # verifies by default'
  }
};
var HTTP_MODULES = ["requests", "httpx", "aiohttp", "urllib3", "boto3", "botocore"];
var HTTP_METHODS = /* @__PURE__ */ new Set([
  ...REQUESTS_VERBS,
  "send",
  "stream",
  "ws_connect",
  "urlopen",
  "client",
  "resource"
]);
var CLIENT_CLASSES = /^(Session|session|Client|AsyncClient|ClientSession|TCPConnector|AsyncHTTPTransport|HTTPTransport)$/;
var VERIFY_OPTIONS = /* @__PURE__ */ new Set([
  "verify_ssl",
  "verify_certs",
  "ssl_verify",
  "verify_tls",
  "tls_verify",
  "validate_certs",
  "ssl_cert_verify",
  "verify_certificate",
  "check_certificate"
]);
var tlsVerifyDisabled = {
  kind: "python",
  meta: meta38,
  anchors: {
    // The option's name, or `CERT_NONE` in its value (`cert_reqs=ssl.CERT_NONE`; a name imported
    // as another anchors as it).
    keyword_argument: ["verify", "ssl", ...VERIFY_OPTIONS, "ssl_cert_reqs", "CERT_NONE"],
    // A `cert_reqs=mode` whose `mode = ssl.CERT_NONE` is elsewhere: any option named like
    // cert/ssl/tls/valid, or with CERT in its value (see `create`).
    argument_list: /cert|ssl|tls|valid/gi,
    assignment: ["verify_mode", "verify"],
    // `{"ssl_cert_reqs": ssl.CERT_NONE}`: Celery's and kombu's `broker_use_ssl` options.
    pair: ["ssl_cert_reqs", "cert_reqs"],
    attribute: ["_create_unverified_context"]
  },
  create({ file, report: reportAny }) {
    if (file.isTest) return {};
    const report = (finding) => {
      const at = finding.at;
      const fn = file.enclosingFunction(at)?.childForFieldName("name")?.text ?? "";
      if (!OPT_OUT_FUNCTION.test(fn) && !inOptOutBranch(file, at)) reportAny(finding);
    };
    const usesHttpClient = () => HTTP_MODULES.some((module2) => file.importsModule(module2));
    const checked = /* @__PURE__ */ new Set();
    const visitors = {
      keyword_argument(node) {
        if (checked.has(node.id)) return;
        checked.add(node.id);
        const option = node.childForFieldName("name")?.text;
        if (!option) return;
        const chain = file.ancestry(node);
        const call = chain.length >= 3 ? chain[chain.length - 3] : void 0;
        if (call?.type !== "call") return;
        const value = node.childForFieldName("value");
        if (option === "verify") {
          if (literalBoolean(file, value) === false && isHttpCall(call)) {
            report({
              at: call,
              message: "verify=False turns off certificate checks, so anyone on the network can pose as this server; pass a CA bundle path if the certificate is private."
            });
          }
        } else if (option === "ssl") {
          if (literalBoolean(file, value) === false && isAiohttpCall(call)) {
            report({
              at: call,
              message: "ssl=False turns off certificate checks for aiohttp, so anyone on the network can pose as this server; pass an ssl.SSLContext with your CA instead."
            });
          }
        } else if (VERIFY_OPTIONS.has(option)) {
          if (literalBoolean(file, value) === false) {
            report({
              at: call,
              message: `${option}=False turns off certificate checks, so anyone on the network can pose as this server; trust a CA bundle instead.`
            });
          }
        } else if ((/cert|ssl|tls|valid/i.test(option) || value?.text.includes("CERT_NONE")) && (isCertNone(file, value) || option === "ssl_cert_reqs" && isNoneRequirement(file, value))) {
          report({
            at: call,
            message: `${option}=CERT_NONE turns off certificate checks; keep CERT_REQUIRED and trust a CA bundle instead.`
          });
        }
      },
      assignment(node) {
        const left = node.childForFieldName("left");
        if (left?.type !== "attribute") return;
        const field = left.childForFieldName("attribute")?.text;
        const right = node.childForFieldName("right");
        if (field === "verify_mode" && isCertNone(file, right) && left.childForFieldName("object")?.text !== "self") {
          report({
            at: node,
            message: "verify_mode = CERT_NONE turns off certificate checks; keep CERT_REQUIRED and load your CA with load_verify_locations()."
          });
        } else if (field === "verify" && literalBoolean(file, right) === false && isHttpSession(left.childForFieldName("object"))) {
          report({
            at: node,
            message: "session.verify = False turns off certificate checks for every request of this session; point it at a CA bundle instead."
          });
        }
      },
      pair(node) {
        const option = stringValue(node.childForFieldName("key"));
        if (option !== "ssl_cert_reqs" && option !== "cert_reqs") return;
        const value = node.childForFieldName("value");
        if (!isCertNone(file, value) && !(option === "ssl_cert_reqs" && isNoneRequirement(file, value)))
          return;
        report({
          at: node,
          message: `"${option}": CERT_NONE turns off certificate checks for the connection these options configure; keep CERT_REQUIRED and trust a CA bundle instead.`
        });
      },
      attribute(node) {
        if (node.childForFieldName("attribute")?.text !== "_create_unverified_context") return;
        if (importedName(file, node) !== "ssl._create_unverified_context") return;
        report({
          at: node,
          message: "ssl._create_unverified_context() makes a context that checks no certificate; use ssl.create_default_context() (with cafile= for a private CA)."
        });
      }
    };
    if (file.text.includes("NONE")) {
      visitors.argument_list = (node) => {
        for (const argument of node.namedChildren) {
          if (argument?.type === "keyword_argument") visitors.keyword_argument?.(argument);
        }
      };
    }
    return visitors;
    function isHttpCall(call) {
      const name2 = importedCallName(file, call);
      if (name2 && /^(requests|httpx|aiohttp|urllib3|boto3|botocore)\./.test(name2)) return true;
      const tail = file.calleeTail(call) ?? "";
      if (CLIENT_CLASSES.test(tail)) return true;
      return HTTP_METHODS.has(tail) && call.childForFieldName("function")?.type === "attribute" && usesHttpClient();
    }
    function isAiohttpCall(call) {
      const name2 = importedCallName(file, call);
      if (name2?.startsWith("aiohttp.")) return true;
      const tail = file.calleeTail(call) ?? "";
      return file.importsModule("aiohttp") && (HTTP_METHODS.has(tail) || tail === "TCPConnector") && call.childForFieldName("function")?.type === "attribute";
    }
    function isHttpSession(node) {
      if (!usesHttpClient()) return false;
      const value = resolveObject(file, node);
      if (value?.type === "call")
        return /^(requests|httpx)\./.test(importedCallName(file, value) ?? "");
      const name2 = value?.type === "attribute" ? value.childForFieldName("attribute")?.text : value?.text;
      return usesHttpClient() && /sess|client|http/i.test(name2 ?? "");
    }
  }
};
function isNoneRequirement(file, node) {
  const value = file.resolveValue(node);
  return value?.type === "none" || stringValue(value)?.toLowerCase() === "none";
}
function isCertNone(file, node) {
  const value = file.resolveValue(node);
  if (!value) return false;
  if (stringValue(value) === "CERT_NONE") return true;
  return /^ssl\.(VerifyMode\.)?CERT_NONE$/.test(importedName(file, value) ?? "");
}

// src/patterns/python/security/unsafe-deserialization.ts
var meta39 = {
  id: "PBP209",
  name: "unsafe-deserialization",
  tool: "patterns",
  section: "security",
  level: "error",
  precision: "high",
  summary: "Data is deserialized with pickle, marshal or an unsafe YAML loader.",
  tags: ["security", "external/cwe/cwe-502"],
  cwe: ["CWE-502"],
  securitySeverity: 9.1,
  docs: {
    what: "Finds pickle.load/loads/Unpickler (and cPickle, dill, cloudpickle, jsonpickle, pandas.read_pickle), marshal.load/loads, yaml.load without a safe Loader, and yaml.unsafe_load.",
    why: "A pickle is a program, not data: unpickling runs code chosen by whoever wrote the bytes. A cache, queue, cookie or upload an attacker can write to becomes remote code execution. PyYAML\u2019s full Loader can call any Python function through !!python tags.",
    example: "value = pickle.loads(redis_client.get(key))\nconfig = yaml.load(stream, Loader=yaml.Loader)",
    useInstead: "value = json.loads(redis_client.get(key))\nconfig = yaml.safe_load(stream)"
  }
};
var DESERIALIZERS = [
  "pickle",
  "cPickle",
  "_pickle",
  "dill",
  "cloudpickle",
  "marshal",
  "jsonpickle",
  "pandas",
  "yaml"
];
var PICKLE_MODULES = "(pickle|cPickle|_pickle|dill|cloudpickle|dill\\._dill)";
var PICKLE_CALL = new RegExp(`^${PICKLE_MODULES}\\.(load|loads|Unpickler)$`);
var OTHER_UNSAFE = /^(marshal\.(load|loads)|jsonpickle\.(decode|loads|unpickler\.decode)|pandas\.read_pickle|yaml\.(unsafe_load|unsafe_load_all))$/;
var YAML_LOAD = /^yaml\.(load|load_all)$/;
var SAFE_LOADER = /Safe|BaseLoader|FullLoader/;
var UNSAFE_LOADER = /^yaml\.(\w+\.)?(C?Loader|C?UnsafeLoader)$/;
var unsafeDeserialization = {
  kind: "python",
  meta: meta39,
  anchors: {
    // The module that starts the name (`pickle.loads`, `yaml.load`), or pandas' function's own
    // name; names imported from them anchor as the module (`from pickle import loads as unpickle`).
    call: [...DESERIALIZERS.filter((module2) => module2 !== "pandas"), "read_pickle"]
  },
  create({ file, report: reportAlways }) {
    if (file.isTest || !DESERIALIZERS.some((module2) => file.importsModule(module2))) return {};
    let mentioned;
    const report = (finding) => {
      mentioned ??= /pickle|marshal|yaml/i.test(file.text);
      if (mentioned) reportAlways(finding);
    };
    return {
      call(node) {
        const name2 = importedCallName(file, node);
        if (!name2) return;
        if (PICKLE_CALL.test(name2) || OTHER_UNSAFE.test(name2)) {
          report({
            at: node,
            message: `${name2}() runs code chosen by whoever wrote the data; use JSON (or another data-only format) for anything that crosses a process boundary.`
          });
          return;
        }
        if (!YAML_LOAD.test(name2)) return;
        const loader = file.keywordArgument(node, "Loader") ?? file.positionalArguments(node)[1] ?? null;
        if (!loader) {
          if (node.childForFieldName("arguments")?.namedChildren.some((arg) => arg?.type === "dictionary_splat"))
            return;
          report({
            at: node,
            message: `${name2}() without a Loader uses an unsafe loader in older PyYAML; use yaml.safe_load().`
          });
          return;
        }
        if (isUnsafeLoader(file, loader)) {
          report({
            at: node,
            message: `${name2}() with ${loader.text} can build any Python object from the document; use yaml.safe_load() or Loader=yaml.SafeLoader.`
          });
        }
      }
    };
  }
};
function isUnsafeLoader(file, loader, depth = 0) {
  if (depth > 3) return false;
  const value = file.resolveValue(loader) ?? loader;
  const name2 = importedName(file, value);
  if (name2) return !SAFE_LOADER.test(name2) && UNSAFE_LOADER.test(name2);
  if (value.type !== "identifier") return false;
  const definition = classNamed(file, value.text);
  const bases = definition?.childForFieldName("superclasses")?.namedChildren ?? [];
  return bases.some(
    (base) => base !== null && base.type !== "keyword_argument" && isUnsafeLoader(file, base, depth + 1)
  );
}
function classNamed(file, name2) {
  if (!name2)
    return file.root.descendantsOfType("class_definition").find((candidate) => candidate?.childForFieldName("name")?.text === name2) ?? null;
  for (const leaf of file.spelled(name2)) {
    if (file.typeOf(leaf) !== "identifier") continue;
    const holder = file.parentOf(leaf);
    if (holder && file.typeOf(holder) === "class_definition" && holder.childForFieldName("name")?.id === leaf.id)
      return holder;
  }
  return null;
}

// src/patterns/python/security/weak-password-hash.ts
var meta40 = {
  id: "PBP206",
  name: "weak-password-hash",
  tool: "patterns",
  section: "security",
  level: "error",
  precision: "high",
  summary: "Passwords are hashed with a fast digest or too few bcrypt rounds.",
  tags: ["security", "external/cwe/cwe-916"],
  cwe: ["CWE-916", "CWE-328"],
  securitySeverity: 7,
  docs: {
    what: "Finds bcrypt.gensalt(rounds) and passlib bcrypt__rounds below 12, md5/sha1/sha256 (and other fast digests) applied to something named like a password, and weak schemes chosen by name in passlib, werkzeug and Django. A framework\u2019s own legacy hasher classes (Django\u2019s MD5PasswordHasher), kept to check and upgrade old hashes, are left out.",
    why: "Password tables leak. A GPU computes billions of MD5 or SHA-256 digests per second, so passwords hashed that way are recovered within hours; each bcrypt round doubles the cost, so 8 rounds is 16 times cheaper to attack than 12.",
    example: 'pwd_context = CryptContext(schemes=["bcrypt"], bcrypt__rounds=8)\ndigest = hashlib.sha256(password.encode()).hexdigest()',
    useInstead: 'pwd_context = CryptContext(schemes=["bcrypt"], deprecated="auto", bcrypt__rounds=12)\npassword_hash = pwd_context.hash(password)'
  }
};
var MIN_BCRYPT_ROUNDS = 12;
var HASHING_MODULES = ["bcrypt", "passlib", "hashlib", "werkzeug", "django"];
var FAST_DIGESTS = /^(md5|sha1|sha224|sha256|sha384|sha512|sha3_(224|256|384|512)|blake2b|blake2s|sha512_224|sha512_256|md4|ripemd160)$/;
var WEAK_PASSLIB_SCHEMES = /^(plaintext|ldap_plaintext|hex_(md4|md5|sha1|sha256|sha512)|ldap_(md5|sha1|hex_md5|hex_sha1)|md5_crypt|apr_md5_crypt|des_crypt|bsdi_crypt|bigcrypt|crypt16|mysql323|mysql41|postgres_md5|oracle10|oracle11|lmhash|nthash|msdcc|msdcc2|cisco_pix|cisco_asa|cisco_type7|htdigest|roundup_plaintext|ldap_salted_(md5|sha1|sha256|sha512))$/;
var WEAK_DJANGO_HASHERS = /^(md5|unsalted_md5|sha1|unsalted_sha1|crypt)$/;
var WEAK_DJANGO_HASHER_CLASSES = /(^|\.)(MD5PasswordHasher|UnsaltedMD5PasswordHasher|SHA1PasswordHasher|UnsaltedSHA1PasswordHasher|CryptPasswordHasher)$/;
var BCRYPT_ROUNDS_OPTION = /^(bcrypt|bcrypt_sha256)__(default_)?rounds$/;
var CLASS_TYPES2 = /* @__PURE__ */ new Set(["class_definition"]);
var weakPasswordHash = {
  kind: "python",
  meta: meta40,
  anchors: {
    // The function's own name, or for hashlib and passlib (`hashlib.md5`, `passlib.hash.md5_crypt
    // .hash`, `CryptContext`) the module that starts the name; names imported from them anchor
    // as the module (`from hashlib import md5`). `update` is the digest object's method.
    call: ["gensalt", "passlib", "hashlib", "generate_password_hash", "make_password", "update"],
    assignment: ["PASSWORD_HASHERS"]
  },
  create({ file, report: reportAlways }) {
    if (file.isTest) return {};
    let mentioned;
    const report = (finding) => {
      mentioned ??= /bcrypt|passlib|hashlib|werkzeug|make_password|PASSWORD_HASHERS/.test(
        file.text
      );
      if (mentioned && !insideLegacyHasher(finding.at)) reportAlways(finding);
    };
    const insideLegacyHasher = (node) => {
      const owner = file.enclosing(node, CLASS_TYPES2, false);
      const name2 = owner?.childForFieldName("name")?.text ?? "";
      const bases = owner?.childForFieldName("superclasses")?.text ?? "";
      return /PasswordHasher$/.test(name2) || /PasswordHasher\b/.test(bases);
    };
    let hashlibImported;
    const usesHashlib = () => hashlibImported ??= file.importsModule("hashlib");
    const visitors = {
      call(node) {
        const name2 = importedCallName(file, node);
        if (name2) checkNamedCall(node, name2);
        if (file.calleeTail(node) === "update" && usesHashlib()) checkDigestUpdate(node);
      },
      assignment(node) {
        const left = node.childForFieldName("left");
        if (left?.type !== "identifier" || left.text !== "PASSWORD_HASHERS" || isDevelopmentOnly(file, node))
          return;
        const hashers = file.resolveValue(node.childForFieldName("right"));
        if (hashers?.type !== "list" && hashers?.type !== "tuple") return;
        const first = stringValue(
          hashers.namedChildren.find((child) => child?.type !== "comment") ?? null
        );
        if (first && WEAK_DJANGO_HASHER_CLASSES.test(first)) {
          report({
            at: node,
            message: `PASSWORD_HASHERS hashes new passwords with ${first.replace(/^.*\./, "")}, a fast digest; put PBKDF2, Argon2 or bcrypt first.`
          });
        }
      }
    };
    if (!HASHING_MODULES.some((module2) => file.importsModule(module2))) delete visitors.call;
    return visitors;
    function checkNamedCall(call, name2) {
      if (name2 === "bcrypt.gensalt") {
        const rounds = literalInteger(
          file,
          file.keywordArgument(call, "rounds") ?? file.positionalArguments(call)[0] ?? null
        );
        if (rounds !== null && rounds < MIN_BCRYPT_ROUNDS) reportRounds(call, rounds);
        return;
      }
      if (/^passlib(\.\w+)*\.CryptContext$/.test(name2)) {
        checkCryptContext(call);
        return;
      }
      const passlibHandler = /^passlib\.hash\.(\w+)\.(using|hash|encrypt)$/.exec(name2);
      if (passlibHandler) {
        const [, scheme = "", method] = passlibHandler;
        if (WEAK_PASSLIB_SCHEMES.test(scheme)) {
          report({
            at: call,
            message: `passlib's ${scheme} is not a password hash an attacker has to work for; use bcrypt or argon2.`
          });
        } else if (method === "using" && /^bcrypt(_sha256)?$/.test(scheme)) {
          const rounds = literalInteger(
            file,
            file.keywordArgument(call, "rounds") ?? file.keywordArgument(call, "default_rounds")
          );
          if (rounds !== null && rounds < MIN_BCRYPT_ROUNDS) reportRounds(call, rounds);
        }
        return;
      }
      const digest = /^hashlib\.(\w+)$/.exec(name2)?.[1];
      if (digest) {
        const algorithm = digest === "new" ? stringValue(
          file.resolveValue(
            file.positionalArguments(call)[0] ?? file.keywordArgument(call, "name")
          )
        )?.toLowerCase() : digest;
        if (!algorithm || !FAST_DIGESTS.test(algorithm)) return;
        const data = digest === "new" ? file.positionalArguments(call)[1] ?? file.keywordArgument(call, "data") : file.positionalArguments(call)[0] ?? file.keywordArgument(call, "data") ?? file.keywordArgument(call, "string");
        if (mentionsPassword(file, data)) reportDigest(call, algorithm);
        return;
      }
      if (name2 === "werkzeug.security.generate_password_hash" || name2 === "werkzeug.generate_password_hash") {
        const method = stringValue(
          file.resolveValue(
            file.keywordArgument(call, "method") ?? file.positionalArguments(call)[1] ?? null
          )
        );
        if (method !== null && !/^(pbkdf2|scrypt)(:|$)/.test(method)) {
          report({
            at: call,
            message: `generate_password_hash(method="${method}") is a fast digest, not a password hash; leave the default or use "scrypt".`
          });
        }
        return;
      }
      if (/^django\.contrib\.auth\.hashers\.make_password$/.test(name2)) {
        const hasher = stringValue(
          file.resolveValue(
            file.keywordArgument(call, "hasher") ?? file.positionalArguments(call)[2] ?? null
          )
        );
        if (hasher !== null && WEAK_DJANGO_HASHERS.test(hasher)) {
          report({
            at: call,
            message: `make_password(hasher="${hasher}") stores a fast digest of the password; use the default hasher.`
          });
        }
      }
    }
    function checkCryptContext(call) {
      for (const arg of call.childForFieldName("arguments")?.namedChildren ?? []) {
        if (arg?.type !== "keyword_argument") continue;
        const option = arg.childForFieldName("name")?.text ?? "";
        if (BCRYPT_ROUNDS_OPTION.test(option)) {
          const rounds = literalInteger(file, arg.childForFieldName("value"));
          if (rounds !== null && rounds < MIN_BCRYPT_ROUNDS) reportRounds(call, rounds);
          return;
        }
      }
      const explicitDefault = stringValue(file.resolveValue(file.keywordArgument(call, "default")));
      const schemes = file.resolveValue(
        file.keywordArgument(call, "schemes") ?? file.positionalArguments(call)[0] ?? null
      );
      const first = explicitDefault ?? (schemes?.type === "list" || schemes?.type === "tuple" ? stringValue(schemes.namedChildren.find((c) => c?.type !== "comment") ?? null) : null);
      if (first && WEAK_PASSLIB_SCHEMES.test(first)) {
        report({
          at: call,
          message: `CryptContext hashes new passwords with "${first}", which is not a password hash an attacker has to work for; use bcrypt or argon2.`
        });
      }
    }
    function checkDigestUpdate(call) {
      const callee = call.childForFieldName("function");
      const hasher = resolveObject(file, callee?.childForFieldName("object") ?? null);
      if (hasher?.type !== "call") return;
      const algorithm = /^hashlib\.(\w+)$/.exec(importedCallName(file, hasher) ?? "")?.[1];
      if (!algorithm || !FAST_DIGESTS.test(algorithm)) return;
      if (mentionsPassword(file, file.positionalArguments(call)[0] ?? null))
        reportDigest(call, algorithm);
    }
    function reportRounds(call, rounds) {
      report({
        at: call,
        message: `bcrypt with ${rounds} rounds is ${2 ** (MIN_BCRYPT_ROUNDS - rounds)} times cheaper to brute-force than the default; use at least ${MIN_BCRYPT_ROUNDS}.`
      });
    }
    function reportDigest(call, algorithm) {
      report({
        at: call,
        message: `A password is hashed with ${algorithm}, a fast digest that GPUs try billions of times a second; use bcrypt, argon2 or scrypt (e.g. passlib CryptContext).`
      });
    }
  }
};
var PROTOCOL_WORDS = /nonce|realm|challenge|scramble|ntlm|cram|apop|handshake|sasl/i;
function mentionsPassword(file, node) {
  if (!node) return false;
  const value = file.resolveValue(node) ?? node;
  const parts2 = [value, ...value.descendantsOfType(["identifier", "string"])];
  if (parts2.some((part) => part?.type === "identifier" && PROTOCOL_WORDS.test(part.text)))
    return false;
  const fn = file.enclosingFunction(node);
  if (fn && PROTOCOL_WORDS.test(fn.childForFieldName("name")?.text ?? "")) return false;
  for (const candidate of parts2) {
    if (!candidate) continue;
    if (candidate.type === "identifier") {
      if (!isPasswordName(candidate.text)) continue;
      const parent = file.parentOf(candidate);
      if (parent?.type === "keyword_argument" && parent.childForFieldName("name")?.id === candidate.id)
        continue;
      return true;
    } else if (candidate.type === "string") {
      const key = stringValue(candidate);
      if (!key || !isPasswordName(key)) continue;
      const chain = file.ancestry(candidate);
      const parent = chain.length >= 2 ? chain[chain.length - 2] : void 0;
      const call = chain.length >= 3 ? chain[chain.length - 3] : void 0;
      if (parent?.type === "subscript" || parent?.type === "argument_list" && call?.type === "call" && call.childForFieldName("function")?.childForFieldName("attribute")?.text === "get")
        return true;
    }
  }
  return false;
}

// src/patterns/python/security/index.ts
var SECURITY_RULES = [
  hardcodedSecret,
  sqlStringBuilding,
  corsWildcard,
  jwtUnverifiedDecode,
  jwtNoExpiry,
  weakPasswordHash,
  debugEnabled,
  codeInjection,
  unsafeDeserialization,
  shellInjection,
  tlsVerifyDisabled,
  naiveUtcNow,
  plaintextPassword
];

// src/patterns/python/semantic/testing-functions.ts
var TEST_NAME = /^test(_|[A-Z0-9]|$)/;
function asTestFunction(file, fn) {
  if (!file.isTest || /(^|\/)conftest\.py$/.test(file.path)) return null;
  const name2 = fn.childForFieldName("name");
  if (!name2 || !TEST_NAME.test(name2.text)) return null;
  const holder = definitionOf(fn, file);
  const block = file.parentOf(holder);
  const blockType = block ? file.typeOf(block) : "";
  if (blockType === "module")
    return { fn, name: name2, cls: null, decorators: decoratorsOf(holder, file) };
  const cls = block && blockType === "block" ? file.parentOf(block) : null;
  if (!cls || file.typeOf(cls) !== "class_definition" || !collectsTests(file, cls)) return null;
  return { fn, name: name2, cls, decorators: decoratorsOf(holder, file) };
}
var testClasses = /* @__PURE__ */ new WeakMap();
function collectsTests(file, cls) {
  let known = testClasses.get(file);
  if (!known) testClasses.set(file, known = /* @__PURE__ */ new Map());
  let collects = known.get(cls.id);
  if (collects === void 0) {
    const className2 = cls.childForFieldName("name")?.text ?? "";
    const hasBases = (cls.childForFieldName("superclasses")?.namedChildren.length ?? 0) > 0;
    collects = !file.enclosingFunction(cls) && (/^Test/.test(className2) || hasBases);
    known.set(cls.id, collects);
  }
  return collects;
}
function definitionOf(fn, file) {
  const holder = file ? file.parentOf(fn) : fn.parent;
  if (!holder) return fn;
  return (file ? file.typeOf(holder) : holder.type) === "decorated_definition" ? holder : fn;
}
function decoratorsOf(definition, file) {
  const typeOf = (node) => file ? file.typeOf(node) : node.type;
  let holder = definition;
  if (typeOf(definition) !== "decorated_definition") {
    const parent = file ? file.parentOf(definition) : definition.parent;
    holder = parent && typeOf(parent) === "decorated_definition" ? parent : null;
  }
  if (!holder) return [];
  return holder.namedChildren.filter((child) => child?.type === "decorator").map(
    (decorator) => decorator.namedChildren.find((child) => child?.type !== "comment") ?? decorator
  );
}
function decoratorName(file, decorator) {
  const target = decorator.type === "call" ? decorator.childForFieldName("function") : decorator;
  return file.qualifiedName(target);
}
var PASSIVE_DECORATOR = /^(pytest\.mark\.\w+(\.\w+)*|pytest\.fixture|unittest\.(skip|skipIf|skipUnless|expectedFailure)|(unittest\.)?mock\.patch(\.object|\.dict|\.multiple)?|patch(\.object|\.dict|\.multiple)?|freezegun\.freeze_time|freeze_time|django\.test\.(utils\.)?override_settings|override_settings|django\.test\.(utils\.)?modify_settings|responses\.activate|respx\.mock|requests_mock\.Mocker|vcr\.use_cassette|pytest_django\.\w+|([\w.]+\.)?(skip|skipIf|skipUnless|skip_if|skip_unless|requires_\w+|needs_\w+|slow|flaky)|settings)$/;
function isPassiveDecorator(name2) {
  return PASSIVE_DECORATOR.test(name2);
}

// src/patterns/python/testing/async-test-not-run.ts
var meta41 = {
  id: "PBP303",
  name: "async-test-not-run",
  tool: "patterns",
  section: "testing",
  level: "error",
  precision: "high",
  summary: "An async test is never awaited: it has no asyncio/anyio/trio mark and pytest is not in asyncio auto mode.",
  docs: {
    what: 'Finds async def test_* functions without pytest.mark.asyncio/anyio/trio (on the function, its class or the module pytestmark) when the pytest configuration has no asyncio_mode = "auto".',
    why: "pytest calls the coroutine function, never awaits the coroutine, and reports the test as passed or skipped: none of its assertions run, while CI stays green.",
    example: 'async def test_charge_card_gives_up_after_retries() -> None:\n    with pytest.raises(PaymentError):\n        await charge_card(1, 500, "c1")',
    useInstead: '@pytest.mark.asyncio\nasync def test_charge_card_gives_up_after_retries() -> None:\n    with pytest.raises(PaymentError):\n        await charge_card(1, 500, "c1")\n\n# or, for the whole project, in pyproject.toml:\n# [tool.pytest.ini_options]\n# asyncio_mode = "auto"'
  }
};
var RUNNER_MARK = /(^|\.)mark\.(asyncio|anyio|trio)$/;
var PLAIN_BASES = /^(object|unittest\.TestCase|unittest\.case\.TestCase)$/;
var asyncTestNotRun = {
  kind: "python",
  meta: meta41,
  // The `async` of `async def test…` (a token of the function itself).
  anchors: { function_definition: /(?<!\w)async(?=[\s\\]+def[\s\\]+test)/g },
  create({ file, project, report }) {
    if (!file.isTest || project.asyncioAuto) return {};
    let moduleMarked;
    return {
      function_definition(node) {
        if (!isAsyncFunction(node)) return;
        const test = asTestFunction(file, node);
        if (!test) return;
        moduleMarked ??= hasModuleMark(file);
        if (moduleMarked) return;
        const names = test.decorators.map((d) => decoratorName(file, d) ?? "");
        if (names.some((name2) => RUNNER_MARK.test(name2))) return;
        if (names.some((name2) => !isPassiveDecorator(name2) && !RUNNER_MARK.test(name2))) return;
        if (test.cls && !classLeavesCoroutinesUnrun(file, test.cls)) return;
        report({
          at: test.name,
          message: `async test ${test.name.text} is never awaited: nothing marks it @pytest.mark.asyncio (or anyio/trio) and asyncio_mode is not "auto", so it passes without running; mark it, or set asyncio_mode = "auto".`
        });
      }
    };
  }
};
function hasModuleMark(file) {
  for (const statement of file.root.namedChildren) {
    const assignment = statement?.type === "expression_statement" ? statement.namedChildren[0] : null;
    if (assignment?.type !== "assignment" || assignment.childForFieldName("left")?.text !== "pytestmark")
      continue;
    const value = assignment.childForFieldName("right");
    if (value && /\bmark\.(asyncio|anyio|trio)\b/.test(value.text)) return true;
  }
  return false;
}
function classLeavesCoroutinesUnrun(file, cls) {
  for (let current = cls; current; current = file.parentOf(current)) {
    if (file.typeOf(current) !== "class_definition") continue;
    if (decoratorsOf(current, file).some((d) => RUNNER_MARK.test(decoratorName(file, d) ?? "")))
      return false;
    const body2 = current.childForFieldName("body");
    for (const statement of body2?.namedChildren ?? []) {
      const assignment = statement?.type === "expression_statement" ? statement.namedChildren[0] : null;
      if (assignment?.type === "assignment" && assignment.childForFieldName("left")?.text === "pytestmark" && /\bmark\.(asyncio|anyio|trio)\b/.test(assignment.text))
        return false;
    }
  }
  for (const base of cls.childForFieldName("superclasses")?.namedChildren ?? []) {
    if (!base || base.type === "keyword_argument" || base.type === "comment") continue;
    if (!PLAIN_BASES.test(file.qualifiedName(base) ?? "")) return false;
  }
  return true;
}

// src/count.ts
function count(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

// src/patterns/python/testing/no-tests.ts
var meta42 = {
  id: "PBP301",
  name: "no-tests",
  tool: "patterns",
  section: "testing",
  level: "warning",
  precision: "very-high",
  summary: "The project has Python sources but no tests.",
  docs: {
    what: "Reports, once per project, Python sources with no test file at all (tests/, test_*.py, *_test.py, conftest.py).",
    why: "Without tests every change is checked by hand, or by users in production; regressions in endpoints and services go unnoticed until they break something.",
    example: "app/\n  main.py\n  models.py\npyproject.toml",
    useInstead: "app/\n  main.py\n  models.py\ntests/\n  conftest.py\n  test_users.py\npyproject.toml"
  }
};
var SCAFFOLDING = /(^|\/)(setup|noxfile|fabfile|tasks|manage|conftest)\.py$|(^|\/)docs?\/|(^|\/)(migrations|alembic)\/|(^|\/)__init__\.py$/;
var noTests = {
  kind: "project",
  meta: meta42,
  check({ project, report }) {
    if (project.hasTests) return;
    const sources = project.pythonFiles.filter((path3) => !SCAFFOLDING.test(path3));
    if (sources.length === 0) return;
    const path2 = topPyproject(project.pyprojectFiles, project.pythonFiles) ?? [...project.pythonFiles].sort()[0];
    if (!path2) return;
    report({
      path: path2,
      at: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
      message: `${count(sources.length, "Python source file")} and not one test; add pytest tests (tests/test_*.py) for what they do.`
    });
  }
};
function topPyproject(pyprojects, pythonFiles) {
  const top = [...pyprojects].sort(
    (a, b) => a.split("/").length - b.split("/").length || (a < b ? -1 : 1)
  )[0];
  if (top === void 0) return void 0;
  const folder = top.slice(0, top.length - "pyproject.toml".length);
  return pythonFiles.every((path2) => path2.startsWith(folder)) ? top : void 0;
}

// src/patterns/python/testing/test-without-assertion.ts
var meta43 = {
  id: "PBP302",
  name: "test-without-assertion",
  tool: "patterns",
  section: "testing",
  level: "warning",
  precision: "high",
  summary: "A test function checks nothing: it has no assertion.",
  docs: {
    what: "Finds test_* functions with no assert, no pytest.raises/warns, no self.assert*, no mock assert_* call, and no call to a helper whose name starts with assert/check/verify, including placeholders whose body is pass or ... (green without checking anything; a body of only a docstring that says why is left alone).",
    why: "A test without an assertion passes whatever the code returns; it only proves that nothing raised. It stays green in CI and counts towards coverage while the behaviour it names goes unchecked.",
    example: 'def test_order_summary(client, auth_headers):\n    client.get("/orders/summary", headers=auth_headers)',
    useInstead: 'def test_order_summary(client, auth_headers):\n    resp = client.get("/orders/summary", headers=auth_headers)\n    assert resp.status_code == 200\n    assert resp.json() == {"orders": 0, "units": 0}'
  }
};
var CHECKING_CALL = /^_*(check|verify|expect|fail)|assert|validate|^raise_for_status$/i;
var PYTEST_CHECKS = /^pytest\.(raises|warns|deprecated_call|fail|approx|skip|xfail|importorskip)$|^pytest_check\./;
var NOT_RUN = /^(pytest\.mark\.(skip|xfail)|unittest\.skip|unittest\.expectedFailure|hypothesis\.given|given)$/;
var HELPER_MODULE = /^(\.|tests?\.|testing\.|testutils|test_utils|helpers|utils|conftest)|\b(helpers?|utils?|testing|fixtures|support|common|base)\b/;
function isCodeUnderTest(file, module2) {
  const parts2 = module2.split(".");
  if (parts2.some((part) => /(^|_)tests?(_|$)|^(testing|testutils|conftest|fixtures)$/.test(part)))
    return false;
  return parts2.length > 1 && file.path.split("/")[0] === parts2[0];
}
var testWithoutAssertion = {
  kind: "python",
  meta: meta43,
  // The `def` of a function named `test…` (collected tests are named so).
  anchors: { function_definition: /(?<!\w)def(?=[\s\\]+test)/g },
  create({ file, report }) {
    if (!file.isTest) return {};
    const verdicts = /* @__PURE__ */ new Map();
    return {
      function_definition(node) {
        const test = asTestFunction(file, node);
        if (!test) return;
        const decorators = test.decorators.map((d) => decoratorName(file, d) ?? "");
        if (decorators.some((name2) => NOT_RUN.test(name2) || !isPassiveDecorator(name2))) return;
        const parameters = parameterNames(node);
        if (parameters.includes("benchmark")) return;
        const body2 = node.childForFieldName("body");
        if (!body2) return;
        if (isPlaceholder(body2)) {
          if (!hasStubStatement(body2)) return;
          if (test.cls && extendsOtherTests(test.cls)) return;
          report({
            at: test.name,
            message: `${test.name.text} is an empty placeholder, so it passes without checking anything; write the test, or mark it skipped (\`@pytest.mark.skip(reason=\u2026)\`) so the report says it is missing.`
          });
          return;
        }
        if (isGenerator(file, body2) || returnsValue(file, body2)) return;
        const fixtures = new Set(parameters);
        if (checks(file, body2, test.cls, fixtures, verdicts, 0)) return;
        report({
          at: test.name,
          message: `${test.name.text} has no assertion, so it passes whatever the code does; assert on the result (status code, returned value, state).`
        });
      }
    };
  }
};
function returnsValue(file, body2) {
  return keywordsIn(file, body2, "return").some((keyword) => {
    const statement = file.parentOf(keyword);
    return statement !== null && file.typeOf(statement) === "return_statement" && statement.namedChildren.length > 0 && !insideNestedFunction2(file, statement, body2);
  });
}
function isGenerator(file, body2) {
  return keywordsIn(file, body2, "yield").some(
    (keyword) => !insideNestedFunction2(file, keyword, body2)
  );
}
function keywordsIn(file, body2, keyword) {
  const found = [];
  const start2 = body2.startIndex;
  const text = file.text.slice(start2, body2.endIndex);
  for (let at = text.indexOf(keyword); at !== -1; at = text.indexOf(keyword, at + keyword.length)) {
    const leaf = body2.descendantForIndex(start2 + at, start2 + at + keyword.length);
    if (leaf && leaf.startIndex === start2 + at && file.typeOf(leaf) === keyword) found.push(leaf);
  }
  return found;
}
function insideNestedFunction2(file, node, stop2) {
  for (let current = file.parentOf(node); current && current.id !== stop2.id; current = file.parentOf(current)) {
    const type = file.typeOf(current);
    if (type === "function_definition" || type === "lambda") return true;
  }
  return false;
}
function assertsOrRaises(file, body2) {
  const start2 = body2.startIndex;
  for (const match of file.text.slice(start2, body2.endIndex).matchAll(/assert|raise/gi)) {
    const at = start2 + match.index;
    const leaf = body2.descendantForIndex(at, at + match[0].length);
    if (!leaf) continue;
    const type = file.typeOf(leaf);
    if (type === "identifier") {
      if (/assert/i.test(leaf.text)) return true;
    } else if (type === "assert" || type === "raise") {
      const statement = file.parentOf(leaf);
      const holder = statement ? file.typeOf(statement) : "";
      if (holder === "assert_statement" || holder === "raise_statement") return true;
    }
  }
  return false;
}
function hasStubStatement(body2) {
  return body2.namedChildren.some(
    (statement) => statement?.type === "pass_statement" || statement?.type === "expression_statement" && statement.namedChildren[0]?.type === "ellipsis"
  );
}
function extendsOtherTests(cls) {
  const bases = cls.childForFieldName("superclasses")?.namedChildren ?? [];
  return bases.some(
    (base) => base !== null && !/^((unittest\.)?TestCase|object)$/.test(base.text.replace(/\s+/g, ""))
  );
}
function isPlaceholder(body2) {
  for (let statement = body2.firstNamedChild; statement; statement = statement.nextNamedSibling) {
    const type = statement.type;
    if (type === "comment" || type === "pass_statement") continue;
    if (type === "expression_statement" && ["ellipsis", "string"].includes(statement.namedChildren[0]?.type ?? ""))
      continue;
    return false;
  }
  return true;
}
function parameterNames(fn) {
  const names = [];
  for (const parameter of fn.childForFieldName("parameters")?.namedChildren ?? []) {
    if (!parameter) continue;
    const name2 = parameter.type === "identifier" ? parameter : parameter.childForFieldName("name") ?? parameter.namedChildren.find((c) => c?.type === "identifier");
    if (name2) names.push(name2.text);
  }
  return names;
}
function checks(file, body2, cls, fixtures, verdicts, depth) {
  if (assertsOrRaises(file, body2)) return true;
  for (const call of body2.descendantsOfType("call")) {
    if (!call) continue;
    const tail = file.calleeTail(call);
    if (tail && CHECKING_CALL.test(tail)) return true;
    const qualified = file.callName(call) ?? "";
    if (PYTEST_CHECKS.test(qualified)) return true;
    if (helperChecks(file, call, cls, fixtures, verdicts, depth)) return true;
    if (cls && file.positionalArguments(call).some((arg) => arg.type === "identifier" && arg.text === "self"))
      return true;
  }
  return false;
}
function helperChecks(file, call, cls, fixtures, verdicts, depth) {
  const callee = call.childForFieldName("function");
  if (!callee) return false;
  let name2;
  let scope;
  if (callee.type === "identifier") {
    name2 = callee.text;
    if (fixtures.has(name2)) return true;
    scope = file.root;
    const imported = file.imports().get(name2);
    if (imported !== void 0)
      return imported !== name2 && HELPER_MODULE.test(imported) && !isCodeUnderTest(file, imported);
  } else if (callee.type === "attribute" && ["self", "cls"].includes(callee.childForFieldName("object")?.text ?? "") && cls) {
    name2 = callee.childForFieldName("attribute")?.text ?? "";
    scope = cls;
  } else {
    return false;
  }
  const key = `${scope.id}:${name2}`;
  const known = verdicts.get(key);
  if (known !== void 0) return known;
  const definition = definitionIn(scope, name2);
  if (!definition) {
    const verdict2 = scope.type === "class_definition";
    verdicts.set(key, verdict2);
    return verdict2;
  }
  if (depth >= 3) return false;
  verdicts.set(key, false);
  const body2 = definition.childForFieldName("body");
  const verdict = body2 !== null && checks(
    file,
    body2,
    scope.type === "class_definition" ? scope : null,
    /* @__PURE__ */ new Set(),
    verdicts,
    depth + 1
  );
  verdicts.set(key, verdict);
  return verdict;
}
function definitionIn(scope, name2) {
  const block = scope.type === "module" ? scope : scope.childForFieldName("body");
  for (const statement of block?.namedChildren ?? []) {
    const fn = statement?.type === "decorated_definition" ? statement.childForFieldName("definition") : statement;
    if (fn?.type === "function_definition" && fn.childForFieldName("name")?.text === name2)
      return fn;
  }
  return null;
}

// src/patterns/python/testing/index.ts
var TESTING_RULES = [
  noTests,
  testWithoutAssertion,
  asyncTestNotRun
];

// src/patterns/python/semantic/types-functions.ts
var CLAUSES = /* @__PURE__ */ new Set([
  "elif_clause",
  "else_clause",
  "except_clause",
  "except_group_clause",
  "finally_clause",
  "case_clause"
]);
var STATEMENT_START = /(?:async[\s\\]+)?(def|class|if|for|while|try|with|match|case)(?![\w\u0080-\uffff])|@/y;
function forEachPublicCandidate(file, root, visit) {
  if (isClean(file)) {
    new PublicDescent(file, visit).statements(root, null);
    return;
  }
  for (const fn of root.descendantsOfType("function_definition")) {
    if (!fn) continue;
    const owner = publicOwner(file, fn);
    if (owner !== void 0)
      visit({
        fn,
        owner,
        holder: definitionOf(fn, file),
        named: functionName(file, fn),
        repeated: true
      });
  }
}
var PublicDescent = class {
  constructor(file, visit) {
    this.file = file;
    this.visit = visit;
  }
  file;
  visit;
  /** The statements of a module or a block. */
  statements(block, owner) {
    const text = this.file.text;
    const names = /* @__PURE__ */ new Set();
    for (const statement of block.namedChildren) {
      if (!statement) continue;
      STATEMENT_START.lastIndex = statement.startIndex;
      const start2 = STATEMENT_START.exec(text);
      if (!start2) continue;
      const keyword = start2[1];
      if (keyword === "def") this.define(statement, statement, owner, names);
      else if (keyword === "class") this.enterClass(statement);
      else if (keyword === void 0) {
        const definition = statement.childForFieldName("definition");
        const type = definition?.type;
        if (definition && type === "function_definition")
          this.define(definition, statement, owner, names);
        else if (definition && type === "class_definition") this.enterClass(definition);
      } else this.clauses(statement, owner);
    }
  }
  /** The parts of a compound statement (`if`, `try`, `match`, …, and their clauses). */
  clauses(compound, owner) {
    for (const part of compound.namedChildren) {
      if (!part) continue;
      const type = part.type;
      if (type === "block") this.statements(part, owner);
      else if (CLAUSES.has(type)) this.clauses(part, owner);
    }
  }
  enterClass(cls) {
    if (isPrivateName(className(this.file, cls))) return;
    const body2 = cls.childForFieldName("body");
    if (body2) this.statements(body2, cls);
  }
  define(fn, holder, owner, names) {
    const named = functionName(this.file, fn);
    const name2 = named?.name ?? "";
    const repeated = names.has(name2);
    names.add(name2);
    this.visit({ fn, owner, holder, named, repeated });
  }
};
var STATICMETHOD = /^(staticmethod|builtins\.staticmethod)$/;
function unannotatedParameters(file, fn, known = {}) {
  const list = known.parameters === void 0 ? fn.childForFieldName("parameters") : known.parameters;
  const parameters = list && !isEmptyList(file, list) ? list.namedChildren : [];
  const types = parameters.map((parameter) => parameter?.type ?? "");
  const method = known.owner === void 0 ? isMethod(file, fn) : known.owner !== null;
  let skipFirst;
  if (method) {
    skipFirst = !(isStaticMethod(file, fn, known.holder) && file.isDecorated(fn));
  } else {
    const index = types.findIndex((type) => type === "identifier" || type === "default_parameter");
    const firstName = parameters[index];
    skipFirst = firstName !== void 0 && firstName !== null && types[index] === "identifier" && SELF_NAMES.has(nameAt(file, firstName));
  }
  const missing = [];
  let first = true;
  for (let i2 = 0; i2 < parameters.length; i2++) {
    const parameter = parameters[i2];
    const type = types[i2];
    if (!parameter || type === "comment") continue;
    if (type === "positional_separator" || type === "keyword_separator") continue;
    const isFirst = first;
    first = false;
    if (isFirst && skipFirst) continue;
    switch (type) {
      case "identifier":
        missing.push({ name: nameAt(file, parameter), node: parameter });
        break;
      case "list_splat_pattern":
      case "dictionary_splat_pattern":
        missing.push({ name: parameter.text, node: parameter });
        break;
      case "default_parameter":
        missing.push({
          name: isClean(file) ? nameAt(file, parameter) : parameter.childForFieldName("name")?.text ?? parameter.text,
          node: parameter
        });
        break;
      default:
        break;
    }
  }
  return missing;
}
function functionHeader(file, fn, named) {
  if (isClean(file)) {
    const text = file.text;
    OPEN_PARAMETERS.lastIndex = named.end;
    const open = OPEN_PARAMETERS.exec(text);
    const list = open ? splitParameters(text, named.end + open[0].length - 1) : null;
    if (list) {
      AFTER_PARAMETERS.lastIndex = list.end;
      const after = AFTER_PARAMETERS.exec(text)?.[1];
      if (after === "->" || after === ":")
        return { plain: plainParameters(list.pieces), hasReturnType: after === "->" };
    }
    const parameters = fn.childForFieldName("parameters");
    if (parameters) {
      AFTER_PARAMETERS.lastIndex = parameters.endIndex;
      const after = AFTER_PARAMETERS.exec(text)?.[1];
      if (after === "->" || after === ":") return { plain: null, hasReturnType: after === "->" };
    }
  }
  return { plain: null, hasReturnType: fn.childForFieldName("return_type") !== null };
}
var OPEN_PARAMETERS = /[ \t]*\(/y;
function unannotatedParameterNames(file, fn, known) {
  const plain = known.header.plain;
  if (!plain) return unannotatedParameters(file, fn, known).map((parameter) => parameter.name);
  let skipFirst;
  if (known.owner !== null) {
    skipFirst = !(isStaticMethod(file, fn, known.holder) && file.isDecorated(fn));
  } else {
    const firstName = plain.find(
      (parameter) => parameter.kind === "identifier" || parameter.kind === "default"
    );
    skipFirst = firstName?.kind === "identifier" && SELF_NAMES.has(firstName.name);
  }
  const missing = [];
  let first = true;
  for (const parameter of plain) {
    if (parameter.kind === "separator") continue;
    const isFirst = first;
    first = false;
    if (isFirst && skipFirst) continue;
    if (parameter.kind !== "typed") missing.push(parameter.name);
  }
  return missing;
}
function splitParameters(text, open) {
  const pieces = [];
  let depth = 0;
  let from = open + 1;
  for (let i2 = open + 1; i2 < text.length; i2++) {
    const code = text.charCodeAt(i2);
    if (code === 40 || code === 91 || code === 123) depth++;
    else if (code === 41 || code === 93 || code === 125) {
      if (depth > 0) {
        depth--;
        continue;
      }
      if (code !== 41) return null;
      const inner = text.slice(open + 1, i2);
      if (inner.includes("lambda")) return null;
      pieces.push(text.slice(from, i2));
      return { pieces, end: i2 + 1 };
    } else if (code === 44) {
      if (depth === 0) {
        pieces.push(text.slice(from, i2));
        from = i2 + 1;
      }
    } else if (code === 35 || code === 92) {
      return null;
    } else if (code === 39 || code === 34) {
      const close = closingQuote2(text, i2);
      if (close < 0) return null;
      i2 = close;
    }
  }
  return null;
}
function plainParameters(pieces) {
  const parameters = [];
  for (let k = 0; k < pieces.length; k++) {
    const piece = (pieces[k] ?? "").trim();
    if (piece === "") {
      if (k === pieces.length - 1) continue;
      return null;
    }
    if (piece === "*" || piece === "/") {
      parameters.push({ kind: "separator", name: piece });
      continue;
    }
    const stars = piece.startsWith("**") ? 2 : piece.startsWith("*") ? 1 : 0;
    const body2 = stars ? piece.slice(stars).trimStart() : piece;
    const name2 = LEADING_NAME.exec(body2)?.[0];
    if (!name2) return null;
    const rest = body2.slice(name2.length).trimStart();
    if (rest === "")
      parameters.push({ kind: stars ? "splat" : "identifier", name: stars ? piece : name2 });
    else if (rest.startsWith(":")) parameters.push({ kind: "typed", name: name2 });
    else if (rest.startsWith("=") && !stars) parameters.push({ kind: "default", name: name2 });
    else return null;
  }
  return parameters;
}
var LEADING_NAME = /^[A-Za-z_][A-Za-z0-9_]*(?![\w\u0080-\uffff])/;
function closingQuote2(text, open) {
  const quote = text.charCodeAt(open);
  if (text.charCodeAt(open + 1) === quote && text.charCodeAt(open + 2) === quote) return -1;
  for (let i2 = open - 1; i2 >= 0; i2--) {
    const code = text.charCodeAt(i2);
    if (code === 102 || code === 70) return -1;
    if (!(code >= 65 && code <= 90 || code >= 97 && code <= 122)) break;
  }
  for (let i2 = open + 1; i2 < text.length; i2++) {
    const code = text.charCodeAt(i2);
    if (code === 92) i2++;
    else if (code === quote) return i2;
    else if (code === 10 || code === 13) return -1;
  }
  return -1;
}
function isEmptyList(file, list) {
  EMPTY_LIST.lastIndex = list.startIndex;
  return EMPTY_LIST.test(file.text);
}
var EMPTY_LIST = /\([\s\\]*\)/y;
var ASCII_NAME = /[A-Za-z_][A-Za-z0-9_]*(?![\w\u0080-\uffff])/y;
function nameAt(file, node) {
  ASCII_NAME.lastIndex = node.startIndex;
  return ASCII_NAME.exec(file.text)?.[0] ?? node.text;
}
var cleanFiles = /* @__PURE__ */ new WeakMap();
function isClean(file) {
  let clean = cleanFiles.get(file);
  if (clean === void 0) {
    clean = !file.root.hasError;
    cleanFiles.set(file, clean);
  }
  return clean;
}
function functionName(file, fn) {
  if (isClean(file)) {
    DEF_KEYWORD.lastIndex = fn.startIndex;
    const def = DEF_KEYWORD.exec(file.text);
    if (def) {
      const start2 = fn.startIndex + def[0].length;
      ASCII_NAME.lastIndex = start2;
      const name3 = ASCII_NAME.exec(file.text)?.[0];
      if (name3) return { name: name3, start: start2, end: start2 + name3.length };
    }
  }
  const name2 = fn.childForFieldName("name");
  return name2 ? { name: name2.text, start: name2.startIndex, end: name2.endIndex } : null;
}
var DEF_KEYWORD = /(?:async[\s\\]+)?def[\s\\]+/y;
var AFTER_PARAMETERS = /[\s\\]*(->|:)/y;
function isStaticMethod(file, fn, holder) {
  if (!decoratorTextMentions(file, fn, "staticmethod", STATICMETHOD, holder)) return false;
  return hasDecorator(file, fn, STATICMETHOD, holder);
}
function decoratorTextMentions(file, fn, word, imported, holder = definitionOf(fn, file)) {
  if (holder.id === fn.id) return false;
  const text = file.text.slice(holder.startIndex, fn.startIndex);
  if (text.includes(word)) return true;
  return importedAs(file, word, imported).some((local) => text.includes(local));
}
var importedNames = /* @__PURE__ */ new WeakMap();
var renamings = /* @__PURE__ */ new Map();
function importedAs(file, word, pattern) {
  let byWord = importedNames.get(file);
  if (!byWord) importedNames.set(file, byWord = /* @__PURE__ */ new Map());
  let locals = byWord.get(word);
  if (!locals) {
    locals = [];
    let renaming = renamings.get(word);
    if (!renaming) {
      renaming = new RegExp(`${word}(?:[\\s\\\\]|#[^\\n]*)*as(?![\\w\\u0080-\\uffff])`);
      renamings.set(word, renaming);
    }
    if (renaming.test(file.text)) {
      for (const [local, qualified] of file.imports())
        if (pattern.test(qualified)) locals.push(local);
    }
    byWord.set(word, locals);
  }
  return locals;
}
function isMethod(file, fn) {
  return owningClass(file, fn) !== null;
}
var SELF_NAMES = /* @__PURE__ */ new Set(["self", "cls", "mcs", "mcls", "metacls"]);
function owningClass(file, fn) {
  const around = file.definitionsAround(fn)[0];
  return around && file.typeOf(around) === "class_definition" ? around : null;
}
function hasDecorator(file, fn, pattern, holder) {
  if (holder?.id === fn.id) return false;
  return decoratorsOf(holder ?? fn, file).some((decorator) => {
    const target = decorator.type === "call" ? decorator.childForFieldName("function") : decorator;
    return pattern.test(file.qualifiedName(target) ?? target?.text ?? "");
  });
}
function isPrivateName(name2) {
  return name2.startsWith("_") && !(name2.startsWith("__") && name2.endsWith("__") && name2.length > 4);
}
function isPrivateModule(file) {
  return file.path.split("/").some((segment) => isPrivateName(segment.replace(/\.py$/, "")));
}
var classNames = /* @__PURE__ */ new WeakMap();
function className(file, cls) {
  let names = classNames.get(file);
  if (!names) classNames.set(file, names = /* @__PURE__ */ new Map());
  let name2 = names.get(cls.id);
  if (name2 === void 0) {
    CLASS_KEYWORD.lastIndex = cls.startIndex;
    const keyword = isClean(file) ? CLASS_KEYWORD.exec(file.text) : null;
    ASCII_NAME.lastIndex = cls.startIndex + (keyword?.[0].length ?? 0);
    name2 = (keyword ? ASCII_NAME.exec(file.text)?.[0] : void 0) ?? cls.childForFieldName("name")?.text ?? "";
    names.set(cls.id, name2);
  }
  return name2;
}
var CLASS_KEYWORD = /class[\s\\]+/y;
function publicOwner(file, fn) {
  const around = file.definitionsAround(fn);
  for (const current of around) {
    const type = file.typeOf(current);
    if (type === "function_definition" || type === "lambda") return void 0;
    if (type === "class_definition" && isPrivateName(className(file, current))) return void 0;
  }
  return around[0] ?? null;
}
function isCoveredElsewhere(file, fn, name2 = fn.childForFieldName("name")?.text ?? "", holder, repeated = true) {
  holder ??= definitionOf(fn, file);
  if (holder.id !== fn.id && mentionsAccessors(file) && (decoratorTextMentions(file, fn, "setter", ACCESSOR, holder) || decoratorTextMentions(file, fn, "deleter", ACCESSOR, holder)) && mentionsAccessors(file) && file.isDecorated(fn) && hasDecorator(file, fn, new RegExp(`^${escapeRegExp(name2)}\\.(setter|deleter)$`), holder))
    return true;
  if (!repeated || !overloadedNames(file).has(name2)) return false;
  if (file.isDecorated(fn) && hasDecorator(file, fn, OVERLOAD, holder)) return false;
  for (let sibling = holder.previousNamedSibling; sibling; sibling = sibling.previousNamedSibling) {
    const definition = sibling.type === "decorated_definition" ? sibling.childForFieldName("definition") : sibling;
    if (definition?.type !== "function_definition" || definition.childForFieldName("name")?.text !== name2)
      continue;
    if (hasDecorator(file, definition, OVERLOAD)) return true;
  }
  return false;
}
var OVERLOAD = /(^|\.)overload$/;
var ACCESSOR = /\.(setter|deleter)$/;
var accessorMentions = /* @__PURE__ */ new WeakMap();
function mentionsAccessors(file) {
  let mentions = accessorMentions.get(file);
  if (mentions === void 0) {
    mentions = /\.(setter|deleter)\b/.test(file.text);
    accessorMentions.set(file, mentions);
  }
  return mentions;
}
var DECORATOR_LIMITS = /* @__PURE__ */ new Set([
  "block",
  "module",
  "function_definition",
  "class_definition",
  "decorated_definition"
]);
var overloads = /* @__PURE__ */ new WeakMap();
function overloadedNames(file) {
  let names = overloads.get(file);
  if (names) return names;
  names = /* @__PURE__ */ new Set();
  const text = file.text;
  const words = text.includes("overload") ? ["overload", ...importedAs(file, "overload", OVERLOAD)] : [];
  for (const word of words) {
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
      const leaf = file.root.descendantForIndex(at, at + word.length);
      let holder = leaf ? file.parentOf(leaf) : null;
      while (holder && file.typeOf(holder) !== "decorator") {
        if (DECORATOR_LIMITS.has(file.typeOf(holder))) holder = null;
        else holder = file.parentOf(holder);
      }
      const decorated = holder ? file.parentOf(holder) : null;
      const definition = decorated?.childForFieldName("definition");
      if (definition?.type !== "function_definition") continue;
      const name2 = definition.childForFieldName("name")?.text;
      if (name2 !== void 0) names.add(name2);
    }
  }
  overloads.set(file, names);
  return names;
}

// src/patterns/python/type-hints/missing-annotations.ts
var meta44 = {
  id: "PBP401",
  name: "missing-annotations",
  tool: "patterns",
  section: "type-hints",
  level: "warning",
  precision: "very-high",
  summary: "A public function has parameters or a return value without type annotations.",
  docs: {
    what: "Finds public functions and methods (no leading underscore, not nested, not tests) with an unannotated parameter (self/cls aside) or no return annotation (__init__ aside); one finding per function, listing what is missing. Dunder methods (__init__, __eq__, __call__) are part of the public API and count.",
    why: "mypy does not check the body of an unannotated function and checks its callers against Any, so the mistakes type hints exist to catch pass silently there; readers and editors lose the contract as well.",
    example: "async def get_user(id):\n    return await db.get(User, id)",
    useInstead: "async def get_user(id: int, db: AsyncSession = Depends(get_db)) -> User | None:\n    return await db.get(User, id)"
  }
};
var missingAnnotations = {
  kind: "python",
  meta: meta44,
  // A question about the module's public API, asked once per module: its public functions are
  // found by going down through statements and class bodies, never into a function's body (see
  // `forEachPublicCandidate`), which costs less than finding each `def` from the text.
  anchors: { module: /^/g },
  create({ file, report, count: count2 }) {
    if (file.isTest || file.isMigration || isPrivateModule(file)) return {};
    return {
      module(root) {
        forEachPublicCandidate(file, root, ({ fn, owner, holder, named, repeated }) => {
          const name2 = named?.name;
          if (!named || !name2 || /^test_/.test(name2) || isPrivateName(name2)) return;
          if (isCoveredElsewhere(file, fn, name2, holder, repeated)) return;
          const header = functionHeader(file, fn, named);
          const parameters = unannotatedParameterNames(file, fn, { owner, holder, header }).map(
            (parameter) => `\`${parameter}\``
          );
          const needsReturn = !header.hasReturnType && name2 !== "__init__";
          count2("public-functions");
          if (parameters.length === 0 && !needsReturn) {
            count2("annotated-functions");
            return;
          }
          const missing = [];
          if (parameters.length) missing.push(parameterList(parameters));
          if (needsReturn) missing.push("the return type");
          const what = owner ? `method ${className(file, owner)}.${name2}` : `function ${name2}`;
          const start2 = file.toPosition(named.start);
          const end = file.toPosition(named.end);
          report({
            at: {
              startLine: start2.line,
              startColumn: start2.column,
              endLine: end.line,
              endColumn: end.column
            },
            message: `Public ${what} has no type annotation for ${missing.join(" and ")}; annotate it so mypy checks its body and its callers.`
          });
        });
      }
    };
  }
};
function parameterList(items) {
  if (items.length === 1) return `parameter ${items.join("")}`;
  if (items.length > 5) return `${items.length} parameters (${items.slice(0, 4).join(", ")}, \u2026)`;
  return `parameters ${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

// src/patterns/python/type-hints/pydantic-v1-validator.ts
var meta45 = {
  id: "PBP402",
  name: "pydantic-v1-validator",
  tool: "patterns",
  section: "type-hints",
  level: "note",
  precision: "high",
  summary: "A pydantic 1 `@validator`/`@root_validator` is used in pydantic 2 code.",
  docs: {
    what: "Finds @validator/@root_validator imported from pydantic in a module written for pydantic 2 (field_validator, model_validator, ConfigDict, model_config, model_dump, \u2026).",
    why: "validator and root_validator are the pydantic 1 API: deprecated in pydantic 2 with a warning, slated for removal, and with different semantics (values dict, each_item, always). They are what breaks on the next upgrade.",
    example: 'class OrderIn(BaseModel):\n    model_config = ConfigDict(str_strip_whitespace=True)\n\n    @validator("promo_code")\n    def normalise_code(cls, v):\n        return v.upper()',
    useInstead: 'class OrderIn(BaseModel):\n    model_config = ConfigDict(str_strip_whitespace=True)\n\n    @field_validator("promo_code")\n    @classmethod\n    def normalise_code(cls, v: str | None) -> str | None:\n        return v.upper() if v else v'
  }
};
var V1_DECORATORS = {
  "pydantic.validator": "field_validator",
  "pydantic.class_validators.validator": "field_validator",
  "pydantic.root_validator": "model_validator",
  "pydantic.class_validators.root_validator": "model_validator"
};
var V2_NAMES = /* @__PURE__ */ new Set([
  "field_validator",
  "model_validator",
  "field_serializer",
  "model_serializer",
  "computed_field",
  "ConfigDict",
  "TypeAdapter",
  "RootModel",
  "ValidationInfo",
  "AliasChoices",
  "AliasPath",
  "BeforeValidator",
  "AfterValidator",
  "WrapValidator",
  "PlainValidator",
  "PlainSerializer",
  "validate_call",
  "with_config"
]);
var V2_USAGE = /\bmodel_config\s*=|\.model_(dump|dump_json|validate|validate_json|json_schema|copy|fields)\b/;
var perFile2 = /* @__PURE__ */ new WeakMap();
function isPydantic2Module(file) {
  const known = perFile2.get(file);
  if (known !== void 0) return known;
  let v2 = V2_USAGE.test(file.text) || file.importsModule("pydantic_settings");
  if (!v2) {
    for (const qualified of file.imports().values()) {
      const [head, name2] = [
        qualified.slice(0, qualified.lastIndexOf(".")),
        qualified.slice(qualified.lastIndexOf(".") + 1)
      ];
      if (head === "pydantic" && V2_NAMES.has(name2)) v2 = true;
    }
  }
  perFile2.set(file, v2);
  return v2;
}
var pydanticV1Validator = {
  kind: "python",
  meta: meta45,
  // The decorator's last name (`validator` in `@pydantic.validator(...)`; a name imported under
  // another anchors as `validator` too).
  anchors: { decorator: ["validator", "root_validator"] },
  create({ file, report }) {
    if (!file.text.includes("pydantic") || !file.importsModule("pydantic")) return {};
    return {
      decorator(node) {
        const expression = node.namedChildren.find((child) => child?.type !== "comment") ?? null;
        const target = expression?.type === "call" ? expression.childForFieldName("function") : expression;
        const name2 = file.qualifiedName(target ?? null);
        const instead = name2 ? V1_DECORATORS[name2] : void 0;
        if (!instead || !isPydantic2Module(file)) return;
        const short = name2?.split(".").pop() ?? "validator";
        report({
          at: node,
          message: `@${short} is the pydantic 1 API, deprecated in pydantic 2 which this module already uses; use @${instead}${instead === "field_validator" ? " (with @classmethod)" : "(mode=...)"} instead.`
        });
      }
    };
  }
};

// src/patterns/python/type-hints/index.ts
var TYPE_HINT_RULES = [missingAnnotations, pydanticV1Validator];

// src/patterns/dockerfile/flask-debug.ts
var DEBUG_OPTION = /\bflask\b.*["',\s]--debug(ger)?(?![\w-])/;
var DEBUG_VARIABLE2 = /\bFLASK_DEBUG=["']?(1|true|yes|on)\b/i;
var dockerFlaskDebug = {
  kind: "text",
  meta: debugEnabled.meta,
  fileKinds: ["dockerfile"],
  check({ file, report }) {
    if (isDevelopmentDockerfile(file.path)) return;
    for (const instruction of chainInstructions(dockerfileModel(file).finalChain)) {
      const finding = debugIn(file, instruction);
      if (finding) report(finding);
    }
  }
};
function debugIn(file, instruction) {
  const keyword = instruction.getKeyword();
  if (keyword === "CMD" || keyword === "ENTRYPOINT") {
    const content = instruction.getArgumentsContent() ?? "";
    if (DEBUG_OPTION.test(content) || /\bflask\b/.test(content) && DEBUG_VARIABLE2.test(content)) {
      return {
        at: instructionSpan(file, instruction),
        message: `This ${keyword} starts Flask in debug mode, and the Werkzeug debugger runs code typed into its error page; serve with gunicorn (or waitress) and keep debug off in the image.`
      };
    }
    return null;
  }
  if (keyword !== "ENV") return null;
  for (const property of instruction.getProperties()) {
    const name2 = property.getName();
    const value = (property.getValue() ?? "").trim().toLowerCase();
    if (name2 === "FLASK_DEBUG" && /^(1|true|yes|on)$/.test(value) || name2 === "FLASK_ENV" && value === "development") {
      return {
        at: spanOf(property.getNameRange()),
        message: `ENV ${name2} switches Flask's debug mode on in the image, and the Werkzeug debugger runs code typed into its error page; leave it unset (or 0) in the deployed image.`
      };
    }
  }
  return null;
}

// src/patterns/registry.ts
var REPORTED_ELSEWHERE = [PARSE_ERROR_RULE, ...META_RULES].map((meta46) => ({
  kind: "project",
  meta: meta46,
  check: () => void 0
}));
var PATTERN_RULES = [
  ...REPORTED_ELSEWHERE,
  ...PERFORMANCE_RULES,
  ...SECURITY_RULES,
  ...TESTING_RULES,
  ...TYPE_HINT_RULES,
  ...LOGGING_RULES,
  ...ERROR_HANDLING_RULES,
  ...DEPLOYMENT_RULES,
  ...DEPENDENCY_RULES
].sort((a, b) => a.meta.id < b.meta.id ? -1 : 1);
var MORE_CHECKS = [dockerFlaskDebug];
var partsById;
function patternRuleParts(id) {
  partsById ??= (() => {
    const parts2 = new Map(PATTERN_RULES.map((rule) => [rule.meta.id, [rule]]));
    for (const extra of MORE_CHECKS) parts2.get(extra.meta.id)?.push(extra);
    return parts2;
  })();
  return partsById.get(id) ?? [];
}

// src/patterns/text-file.ts
var TextFile = class {
  constructor(path2, kind, text) {
    this.path = path2;
    this.kind = kind;
    this.text = text;
  }
  path;
  kind;
  text;
  cachedLines;
  /** Lines without their line ends; `lines[0]` is line 1. */
  get lines() {
    return this.cachedLines ??= splitLines(this.text);
  }
  /** The span of a whole line (1-based), or of `length` characters from `column`. */
  lineSpan(line, column = 1, length) {
    const text = this.lines[line - 1] ?? "";
    const end = length === void 0 ? Math.max(text.length + 1, column + 1) : column + length;
    return { startLine: line, startColumn: column, endLine: line, endColumn: end };
  }
};

// src/patterns/check-files.ts
var parser;
function checkText(file, rules, facts, findings) {
  for (const rule of rules) {
    if (!rule.fileKinds.includes(file.kind)) continue;
    rule.check({
      file,
      project: facts,
      report: (report) => findings.push(toFinding(rule.meta.id, file.path, report, nodeSpanUnsupported))
    });
  }
}
async function checkFiles(batch) {
  parser ??= await createPythonParser();
  const rules = batch.ruleIds.flatMap((id) => patternRuleParts(id));
  const pythonRules = rules.filter((rule) => rule.kind === "python");
  const textRules = rules.filter((rule) => rule.kind === "text");
  const result = {
    findings: [],
    metrics: {},
    skipped: [],
    notices: [],
    lines: 0,
    texts: {},
    walked: []
  };
  for (const file of batch.files) {
    const source = readSource(file.absolute);
    if (!source.ok) {
      result.skipped.push({ path: file.path, reason: source.reason });
      continue;
    }
    if (source.note) result.notices.push(`${file.path}: ${source.note}`);
    const before = result.findings.length;
    try {
      if (file.kind === "python") {
        const counts = {};
        result.lines += checkPython(
          parser,
          file.path,
          source.text,
          pythonRules,
          batch,
          result.findings,
          counts,
          result.walked
        );
        if (Object.keys(counts).length > 0) result.metrics[file.path] = counts;
      } else {
        const textFile = new TextFile(file.path, file.kind, source.text);
        result.lines += textFile.lines.length;
        checkText(textFile, textRules, batch.facts, result.findings);
      }
    } catch (error) {
      result.notices.push(
        `${file.path}: internal error while checking: ${error.message}`
      );
    }
    if (result.findings.length > before) result.texts[file.path] = source.text;
  }
  return result;
}
function checkPython(parser2, path2, text, rules, batch, findings, counts = {}, walked = []) {
  const tree = parser2.parse(text);
  if (!tree) throw new Error("the parser returned no tree");
  try {
    const file = new PythonFile(path2, text, tree);
    const subscriptions = [];
    let anchored = batch.exhaustive !== true;
    for (const rule of rules) {
      if (rule.mentions && !rule.mentions.test(text)) continue;
      const visitors = rule.create({
        file,
        project: batch.facts,
        report: (report) => findings.push(toFinding(rule.meta.id, path2, report, (node) => file.spanOf(node))),
        count: (metric, by = 1) => {
          counts[metric] = (counts[metric] ?? 0) + by;
        }
      });
      for (const [type, visit] of Object.entries(visitors)) {
        if (!visit) continue;
        const anchor = rule.anchors?.[type];
        if (!anchor) anchored = false;
        subscriptions.push({ type, visit, anchor, order: subscriptions.length });
      }
    }
    if (anchored) visitAnchored(file, subscriptions);
    else {
      if (batch.exhaustive !== true) walked.push(path2);
      walk(file, subscriptions);
    }
    if (!tree.rootNode.hasError && batch.ruleIds.includes(PARSE_ERROR_RULE.id)) {
      const statement = python2Statement(file);
      if (statement) {
        findings.push(
          toFinding(
            PARSE_ERROR_RULE.id,
            path2,
            {
              at: statement,
              message: `This file does not parse as Python 3: a Python 2 \`${statement.type === "print_statement" ? "print" : "exec"}\` statement here (write \`${statement.type === "print_statement" ? "print(\u2026)" : "exec(\u2026)"}\`); the rest of the file was still checked.`
            },
            (node) => file.spanOf(node)
          )
        );
      }
    }
    if (tree.rootNode.hasError && batch.ruleIds.includes(PARSE_ERROR_RULE.id)) {
      const problem = firstSyntaxProblem(tree.rootNode);
      if (problem) {
        findings.push(
          toFinding(
            PARSE_ERROR_RULE.id,
            path2,
            {
              at: problem,
              message: problem.isMissing ? `This file does not parse: "${problem.type}" expected here; the rest of the file was still checked.` : "This file does not parse: syntax error here; the rest of the file was still checked."
            },
            (node) => file.spanOf(node)
          )
        );
      }
    }
    return file.lineCount();
  } finally {
    tree.delete();
  }
}
function walk(file, subscriptions) {
  if (subscriptions.length === 0) return;
  const byType = /* @__PURE__ */ new Map();
  for (const subscription of subscriptions) {
    const list = byType.get(subscription.type);
    if (list) list.push(subscription);
    else byType.set(subscription.type, [subscription]);
  }
  for (const node of file.root.descendantsOfType([...byType.keys()])) {
    if (!node) continue;
    for (const subscription of byType.get(file.typeOf(node)) ?? []) subscription.visit(node);
  }
}
function visitAnchored(file, subscriptions) {
  if (subscriptions.length === 0) return;
  const occurrences = findOccurrences(file, subscriptions);
  if (occurrences.length === 0) return;
  const root = file.root;
  const path2 = [{ node: root, end: Infinity, type: "module" }];
  const visits = /* @__PURE__ */ new Map();
  for (const occurrence of occurrences) {
    while (path2.length > 1 && (path2[path2.length - 1]?.end ?? 0) <= occurrence.start) path2.pop();
    const top = path2[path2.length - 1];
    if (!top) continue;
    const leaf = top.node.descendantForIndex(occurrence.start, occurrence.end);
    if (!leaf) continue;
    for (let current = top.node; current.id !== leaf.id; ) {
      const next = current.childWithDescendant(leaf);
      if (!next || next.id === current.id) break;
      file.noteParent(next, current);
      path2.push({ node: next, end: file.endOf(next), type: file.typeOf(next) });
      current = next;
    }
    for (const subscription of occurrence.subscriptions) {
      for (let depth = path2.length - 1; depth >= 0; depth--) {
        const step = path2[depth];
        if (step?.type !== subscription.type) continue;
        let visit = visits.get(step.node.id);
        if (!visit) {
          visit = { node: step.node, depth, subscriptions: /* @__PURE__ */ new Set() };
          visits.set(step.node.id, visit);
        }
        visit.subscriptions.add(subscription);
        break;
      }
    }
  }
  const ordered = [...visits.values()].sort(
    (a, b) => a.node.startIndex - b.node.startIndex || a.depth - b.depth
  );
  for (const { node, subscriptions: wanted } of ordered) {
    for (const subscription of [...wanted].sort((a, b) => a.order - b.order))
      subscription.visit(node);
  }
}
function findOccurrences(file, subscriptions) {
  const text = file.text;
  const byWord = /* @__PURE__ */ new Map();
  const patterns = [];
  for (const subscription of subscriptions) {
    const anchor = subscription.anchor;
    if (!anchor) continue;
    if (anchor instanceof RegExp) patterns.push(subscription);
    else
      for (const word of anchor) {
        const list = byWord.get(word);
        if (list) list.push(subscription);
        else byWord.set(word, [subscription]);
      }
  }
  const aliases = /* @__PURE__ */ new Map();
  if (byWord.size > 0) {
    for (const [local, qualified] of file.imports()) {
      if (byWord.has(local)) continue;
      const wanted = qualified.split(".").flatMap((part) => byWord.get(part) ?? []);
      if (wanted.length > 0) aliases.set(local, [...new Set(wanted)]);
    }
  }
  const occurrences = [];
  for (const table2 of [byWord, aliases]) {
    if (table2.size === 0) continue;
    const words = wordPattern([...table2.keys()], table2 === byWord);
    words.lastIndex = 0;
    for (let match = words.exec(text); match; match = words.exec(text)) {
      occurrences.push({
        start: match.index,
        end: match.index + match[0].length,
        subscriptions: table2.get(match[0]) ?? []
      });
    }
  }
  const byPattern = /* @__PURE__ */ new Map();
  for (const subscription of patterns) {
    const pattern = subscription.anchor;
    const list = byPattern.get(pattern);
    if (list) list.push(subscription);
    else byPattern.set(pattern, [subscription]);
  }
  for (const [pattern, wanted] of byPattern) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      occurrences.push({
        start: match.index,
        end: match.index + Math.max(match[0].length, 1),
        subscriptions: wanted
      });
      if (match[0].length === 0) pattern.lastIndex++;
    }
  }
  if (patterns.length > 0 || aliases.size > 0)
    occurrences.sort((a, b) => a.start - b.start || a.end - b.end);
  return occurrences;
}
var WORD_PATTERNS = /* @__PURE__ */ new Map();
function wordPattern(words, remember) {
  const key = words.sort().join("|");
  const known = WORD_PATTERNS.get(key);
  if (known) return known;
  const alternatives2 = [...words].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const escaped = alternatives2.map(escapeRegExp);
  const plain = words.every((word) => /^\w+$/.test(word));
  const [before, after] = plain ? ["\\b", "\\b"] : ["(?<!\\w)", "(?!\\w)"];
  const pattern = new RegExp(`${before}(?:${escaped.join("|")})${after}`, "g");
  if (remember) {
    if (WORD_PATTERNS.size >= 256) WORD_PATTERNS.clear();
    WORD_PATTERNS.set(key, pattern);
  }
  return pattern;
}
function firstSyntaxProblem(root) {
  const cursor = root.walk();
  try {
    for (; ; ) {
      const node = cursor.currentNode;
      if (node.isError) return errorPoint(node);
      if (node.isMissing) return node;
      if (node.hasError && cursor.gotoFirstChild()) continue;
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) return null;
      }
    }
  } finally {
    cursor.delete();
  }
}
function errorPoint(error) {
  let current = error;
  for (let depth = 0; depth < 64; depth++) {
    const child = current.children.find(
      (candidate) => candidate !== null && (candidate.isError || candidate.isMissing || candidate.hasError || !candidate.isNamed)
    );
    if (!child) return current;
    if (child.isMissing || !child.isNamed && !child.isError) return child;
    current = child;
  }
  return current;
}
function nodeSpanUnsupported(_node) {
  throw new Error("text rules report spans, not nodes");
}
function toFinding(ruleId, path2, report, spanOf2) {
  const span = isSpan(report.at) ? report.at : spanOf2(report.at);
  const finding = {
    tool: "patterns",
    ruleId,
    message: report.message,
    location: { path: path2, ...span }
  };
  if (report.level) finding.level = report.level;
  return finding;
}
function isSpan(at) {
  return typeof at.startLine === "number";
}

// src/patterns/worker.ts
loadPython().catch(() => void 0);
var setup;
var previous = Promise.resolve();
parentPort?.on("message", (message) => {
  if (message.kind === "setup") {
    setup = message;
    if (message.lowPriority) {
      try {
        setPriority(10);
      } catch {
      }
    }
    return;
  }
  const rules = setup;
  previous = previous.then(async () => {
    let reply;
    try {
      if (!rules) throw new Error("files came before the rules");
      const result = await checkFiles({
        files: message.files,
        ruleIds: rules.ruleIds,
        facts: rules.facts
      });
      reply = { ok: true, chunk: message.chunk, result };
    } catch (error) {
      reply = { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    parentPort?.postMessage(reply);
  });
});
