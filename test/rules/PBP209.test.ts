import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('PBP209', {
  valid: [
    {
      name: 'safe YAML loading in every spelling',
      code: `
        import yaml
        from yaml import CSafeLoader

        def load(stream):
            a = yaml.safe_load(stream)
            b = yaml.load(stream, Loader=yaml.SafeLoader)
            c = yaml.load(stream, Loader=CSafeLoader)
            d = yaml.load(stream, yaml.BaseLoader)
            e = yaml.load(stream, Loader=yaml.FullLoader)
            return list(yaml.safe_load_all(stream)), a, b, c, d, e
      `,
    },
    {
      name: 'an aliased safe loader and a subclass of SafeLoader',
      code: `
        import yaml
        try:
            from yaml import CSafeLoader as Loader
        except ImportError:
            from yaml import SafeLoader as Loader

        class ConfigLoader(yaml.SafeLoader):
            pass

        def read(path):
            with open(path) as f:
                return yaml.load(f, Loader=Loader), yaml.load(f, Loader=ConfigLoader)
      `,
    },
    {
      name: 'JSON, pickle.dumps and a loader we cannot resolve',
      code: `
        import json
        import pickle
        import yaml

        def roundtrip(value, loader):
            data = pickle.dumps(value)
            return json.loads(json.dumps(value)), yaml.load("a: 1", Loader=loader), data
      `,
    },
    {
      name: 'a restricted Unpickler subclass (the pattern the pickle docs recommend)',
      code: `
        import pickle

        class RestrictedUnpickler(pickle.Unpickler):
            def find_class(self, module, name):
                raise pickle.UnpicklingError(f"{module}.{name} is forbidden")
      `,
    },
    {
      name: 'test files are not checked',
      path: 'tests/test_cache.py',
      code: `
        import pickle

        def test_roundtrip():
            assert pickle.loads(pickle.dumps(1)) == 1
      `,
    },
  ],
  invalid: [
    {
      name: 'pickle from a cache (the shop example): flagged even for an "internal" cache',
      code: `
        import pickle
        import redis

        redis_client = redis.Redis(host="cache.internal")

        def get_cached(key):
            raw = redis_client.get(key)
            return pickle.loads(raw) if raw else None
      `,
      errors: [
        {
          line: 8,
          column: 12,
          message: /^pickle\.loads\(\) runs code chosen by whoever wrote the data/,
        },
      ],
    },
    {
      name: 'pickle aliases, dill and a file',
      code: `
        import pickle as pkl
        from pickle import load
        import dill

        def restore(path, blob):
            with open(path, "rb") as f:
                model = load(f)
            return model, pkl.loads(blob), dill.loads(blob), pkl.Unpickler(f).load()
      `,
      errors: [{ line: 7 }, { line: 8 }, { line: 8 }, { line: 8 }],
    },
    {
      name: 'yaml.load without a loader, with the full Loader, and unsafe_load',
      code: `
        import yaml
        from yaml import Loader

        def read(stream):
            a = yaml.load(stream)
            b = yaml.load(stream, Loader=Loader)
            c = yaml.load(stream, Loader=yaml.UnsafeLoader)
            return a, b, c, yaml.unsafe_load(stream)
      `,
      errors: [
        { line: 5, message: /without a Loader/ },
        { line: 6, message: /with Loader/ },
        { line: 7 },
        { line: 8, message: /unsafe_load/ },
      ],
    },
    {
      name: 'marshal and a loader subclassing the unsafe one',
      code: `
        import marshal
        import yaml

        class TaggedLoader(yaml.Loader):
            pass

        def read(data, stream):
            return marshal.loads(data), yaml.load_all(stream, Loader=TaggedLoader)
      `,
      errors: [{ line: 8 }, { line: 8 }],
    },
    {
      name: 'a loader imported under another name, and pandas read_pickle',
      code: `
        import pandas as pd
        from pickle import loads as unpickle

        def restore(blob, path):
            return unpickle(blob), pd.read_pickle(path)
      `,
      errors: [
        { line: 5, message: /pickle\.loads/ },
        { line: 5, message: /read_pickle/ },
      ],
    },
  ],
});
