/** What the shop takes as a picture (products and profiles alike); it checks the content too. */
export const PICTURE_MAX_BYTES = 2 * 1024 * 1024;

export const PICTURE_ACCEPT = 'image/jpeg,image/png,image/svg+xml,.jpg,.jpeg,.png,.svg';

const PICTURE_TYPES = ['image/jpeg', 'image/png', 'image/svg+xml'];
const PICTURE_NAME = /\.(jpe?g|png|svg)$/i;

/** A JPEG, PNG or SVG file by its type or, where the browser gives none, by its name. */
export function isPictureType(file: File): boolean {
  return PICTURE_TYPES.includes(file.type) || PICTURE_NAME.test(file.name);
}

export function isPictureSizeAllowed(file: File): boolean {
  return file.size <= PICTURE_MAX_BYTES;
}
