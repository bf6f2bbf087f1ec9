import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('PBP402', {
  valid: [
    {
      name: 'pydantic 2 validators',
      code: `
        from pydantic import BaseModel, ConfigDict, field_validator, model_validator

        class OrderIn(BaseModel):
            model_config = ConfigDict(str_strip_whitespace=True)

            @field_validator("promo_code")
            @classmethod
            def normalise(cls, v: str | None) -> str | None:
                return v.upper() if v else v

            @model_validator(mode="after")
            def check(self) -> "OrderIn":
                return self
      `,
    },
    {
      name: 'a pydantic 1 code base (no sign of pydantic 2)',
      code: `
        from pydantic import BaseModel, validator

        class OrderIn(BaseModel):
            promo_code: str | None = None

            class Config:
                anystr_strip_whitespace = True

            @validator("promo_code")
            def normalise(cls, v):
                return v
      `,
    },
    {
      name: 'the v1 compatibility namespace',
      code: `
        from pydantic import ConfigDict
        from pydantic.v1 import BaseModel, validator

        class Legacy(BaseModel):
            @validator("x")
            def check(cls, v):
                return v
      `,
    },
    {
      name: 'a validator decorator that is not pydantic’s',
      code: `
        from pydantic import BaseModel, ConfigDict
        from marshmallow import validates as validator

        class Form:
            @validator("email")
            def check(self, value):
                return value
      `,
    },
  ],
  invalid: [
    {
      name: 'validator beside ConfigDict (the demo project)',
      code: `
        from pydantic import BaseModel, ConfigDict, Field, validator

        class OrderIn(BaseModel):
            promo_code: str | None = None

            @validator('promo_code')
            def normalise_code(cls, v: str | None) -> str | None:
                return v.strip().upper() if v else v

        class OrderOut(BaseModel):
            model_config = ConfigDict(from_attributes=True)
      `,
      errors: [
        { line: 6, column: 5, message: /@validator is the pydantic 1 API.*@field_validator/ },
      ],
    },
    {
      name: 'root_validator next to field_validator',
      code: `
        from pydantic import BaseModel, field_validator, root_validator

        class Window(BaseModel):
            @root_validator(pre=True)
            def fill(cls, values):
                return values

            @field_validator("start")
            @classmethod
            def check(cls, v: int) -> int:
                return v
      `,
      errors: [{ line: 4, message: /@root_validator.*@model_validator/ }],
    },
    {
      name: 'pydantic imported as a module, model_dump used',
      code: `
        import pydantic

        class Settings(pydantic.BaseModel):
            @pydantic.validator("url")
            def strip(cls, v):
                return v.rstrip("/")

        def dump(s: Settings) -> dict:
            return s.model_dump()
      `,
      errors: [{ line: 4 }],
    },
    {
      name: 'with pydantic-settings',
      code: `
        from pydantic import validator
        from pydantic_settings import BaseSettings

        class Settings(BaseSettings):
            database_url: str

            @validator("database_url")
            def check_url(cls, v):
                return v
      `,
      errors: [{ line: 7 }],
    },
    {
      name: 'validator imported under another name',
      code: `
        from pydantic import BaseModel, ConfigDict
        from pydantic import validator as check

        class Signup(BaseModel):
            model_config = ConfigDict(extra="forbid")

            @check("email")
            def lower(cls, v):
                return v.lower()
      `,
      errors: [{ line: 7, message: /@validator is the pydantic 1 API/ }],
    },
  ],
});
