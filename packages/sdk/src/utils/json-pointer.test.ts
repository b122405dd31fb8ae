import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToPointer, pointerToPath } from './json-pointer.ts';

test('JSON pointers become form paths and back (RFC 6901 escapes, array indices)', () => {
  assert.deepEqual(pointerToPath('/youngPerson/dateOfBirth'), ['youngPerson', 'dateOfBirth']);
  assert.deepEqual(pointerToPath('/consents/0/date'), ['consents', 0, 'date']);
  assert.deepEqual(pointerToPath('/a~1b/~0c/01'), ['a/b', '~c', '01']);
  assert.deepEqual(pointerToPath('#/contact/email'), ['contact', 'email']);
  assert.deepEqual(pointerToPath(''), []);
  assert.equal(pathToPointer(['a/b', '~c', 0]), '/a~1b/~0c/0');
  assert.deepEqual(pointerToPath(pathToPointer(['x', 3, 'y/z'])), ['x', 3, 'y/z']);
});
