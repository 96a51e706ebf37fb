import { expect } from '@open-wc/testing';
import {
  clearStored,
  newRecordId,
  persistOf,
  readStored,
  writeStored,
  type Persist,
} from '../../src/internal/draft-storage.js';

const key = 'spor-test-draft';

/** Runs `body` with `method` of every Storage replaced by one that throws `error`, then puts it back. */
function refusing(method: 'getItem' | 'setItem' | 'removeItem', error: Error, body: () => void): void {
  const original = Object.getOwnPropertyDescriptor(Storage.prototype, method)!;
  Object.defineProperty(Storage.prototype, method, {
    ...original,
    value: () => {
      throw error;
    },
  });
  try {
    body();
  } finally {
    Object.defineProperty(Storage.prototype, method, original);
  }
}

/** Runs `body` with `window[name]` itself throwing, as when the browser blocks storage for the page. */
function blocked(name: 'localStorage' | 'sessionStorage', body: () => void): void {
  const own = Object.getOwnPropertyDescriptor(window, name);
  const owner = own ? window : Object.getPrototypeOf(window);
  const descriptor = Object.getOwnPropertyDescriptor(owner, name)!;
  expect(descriptor.configurable, `${name} can be replaced in the test`).to.equal(true);
  Object.defineProperty(owner, name, {
    configurable: true,
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });
  try {
    body();
  } finally {
    Object.defineProperty(owner, name, descriptor);
  }
}

afterEach(() => {
  sessionStorage.removeItem(key);
  localStorage.removeItem(key);
});

describe('readStored, writeStored and clearStored', () => {
  for (const [persist, storage] of [
    ['session', () => sessionStorage],
    ['local', () => localStorage],
  ] as const) {
    it(`${persist}: a draft stored as JSON comes back whole, and is gone once cleared`, () => {
      const draft = { id: 'a-1', ratings: { punctuality: 4 }, notes: ['Æ ø å', '"quoted"'], done: false };
      expect(readStored(persist, key), 'nothing stored yet').to.equal(undefined);
      expect(writeStored(persist, key, draft)).to.equal(true);
      expect(storage().getItem(key)).to.equal(JSON.stringify(draft));
      expect(readStored(persist, key)).to.deep.equal(draft);
      clearStored(persist, key);
      expect(storage().getItem(key)).to.equal(null);
      expect(readStored(persist, key)).to.equal(undefined);
    });
  }

  it('keeps session and local apart', () => {
    writeStored('session', key, 'in the session');
    writeStored('local', key, 'kept locally');
    expect([readStored('session', key), readStored('local', key)]).to.deep.equal([
      'in the session',
      'kept locally',
    ]);
  });

  it('none: stores nothing, says it went well, and reads nothing back', () => {
    expect(writeStored('none', key, { a: 1 })).to.equal(true);
    expect([sessionStorage.getItem(key), localStorage.getItem(key)]).to.deep.equal([null, null]);
    sessionStorage.setItem(key, '{"a":1}');
    expect(readStored('none', key), 'even when something is there').to.equal(undefined);
    clearStored('none', key);
    expect(sessionStorage.getItem(key), 'and clears nothing').to.equal('{"a":1}');
  });

  it('reads what is not JSON, or empty, as nothing', () => {
    sessionStorage.setItem(key, '{not json');
    expect(readStored('session', key)).to.equal(undefined);
    sessionStorage.setItem(key, '');
    expect(readStored('session', key)).to.equal(undefined);
  });

  it('gives false, and throws nothing, for a value JSON cannot write', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(writeStored('local', key, cyclic)).to.equal(false);
    expect(writeStored('local', key, { big: 1n })).to.equal(false);
    expect(localStorage.getItem(key)).to.equal(null);
  });
});

describe('storage that refuses never throws into the caller', () => {
  const persists: Persist[] = ['session', 'local'];

  it('full (QuotaExceededError): writeStored gives false and what was stored stays', () => {
    for (const persist of persists) {
      expect(writeStored(persist, key, 'before')).to.equal(true);
      refusing('setItem', new DOMException('The quota has been exceeded.', 'QuotaExceededError'), () => {
        expect(writeStored(persist, key, 'after'), persist).to.equal(false);
      });
      expect(readStored(persist, key), persist).to.equal('before');
    }
  });

  it('refused (SecurityError) on every call: undefined, false, and a quiet clear', () => {
    const refused = new DOMException('Access is denied for this document.', 'SecurityError');
    for (const persist of persists) {
      writeStored(persist, key, 'kept');
      refusing('getItem', refused, () => expect(readStored(persist, key), persist).to.equal(undefined));
      refusing('setItem', refused, () => expect(writeStored(persist, key, 'x'), persist).to.equal(false));
      refusing('removeItem', refused, () => expect(clearStored(persist, key), persist).to.equal(undefined));
      expect(readStored(persist, key), `${persist}: untouched`).to.equal('kept');
    }
  });

  it('blocked for the page (reading localStorage or sessionStorage throws): the same', () => {
    for (const [persist, name] of [
      ['local', 'localStorage'],
      ['session', 'sessionStorage'],
    ] as const) {
      blocked(name, () => {
        expect(() => window[name], `${name} is blocked in the test`).to.throw();
        expect(readStored(persist, key), persist).to.equal(undefined);
        expect(writeStored(persist, key, 'x'), persist).to.equal(false);
        expect(() => clearStored(persist, key), persist).not.to.throw();
      });
    }
  });
});

describe('persistOf(value)', () => {
  it('takes session and local as they are, and anything else as none', () => {
    expect(persistOf('session')).to.equal('session');
    expect(persistOf('local')).to.equal('local');
    for (const value of [
      'none',
      'Local',
      'SESSION',
      ' local',
      'localStorage',
      '',
      null,
      undefined,
      1,
      true,
      {},
    ])
      expect(persistOf(value), String(value)).to.equal('none');
  });
});

describe('newRecordId(prefix)', () => {
  it('is a random UUID where the browser makes one, a new one each time', () => {
    const ids = [newRecordId(), newRecordId('f')];
    for (const id of ids)
      expect(id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(ids[0]).not.to.equal(ids[1]);
  });

  it('falls back to the prefix, a time and a random part where randomUUID throws (no secure context)', () => {
    const own = Object.getOwnPropertyDescriptor(crypto, 'randomUUID');
    expect(own, 'randomUUID lives on the prototype').to.equal(undefined);
    Object.defineProperty(crypto, 'randomUUID', {
      configurable: true,
      value: () => {
        throw new DOMException('randomUUID needs a secure context', 'SecurityError');
      },
    });
    try {
      expect(newRecordId('f')).to.match(/^f-[0-9a-z]+-[0-9a-z]{0,8}$/);
      expect(newRecordId()).to.match(/^a-[0-9a-z]+-[0-9a-z]{0,8}$/);
    } finally {
      delete (crypto as { randomUUID?: unknown }).randomUUID;
    }
    expect(newRecordId()).to.match(/^[0-9a-f]{8}-/);
  });
});
