import { describe, expect, it } from 'vitest';
import { errorMessage } from './errors';

describe('errorMessage', () => {
  it('keeps a plain message', () => {
    expect(errorMessage(new Error('There is no article with id 4.'))).toBe('There is no article with id 4.');
  });
  it('drops the wrapper Electron puts around IPC errors', () => {
    const wrapped = new Error(
      "Error invoking remote method 'bulletin:getArticle': Error: There is no article with id 4.",
    );
    expect(errorMessage(wrapped)).toBe('There is no article with id 4.');
  });
  it('says something for a value that is not an Error', () => {
    expect(errorMessage(undefined)).toBe('Something went wrong.');
    expect(errorMessage('Disk full.')).toBe('Disk full.');
  });
});
