export * from './schemas/index.ts';
export {
  isPhoneNumber,
  isDutchMobileNumber,
  isDutchPostcode,
  normalisePhoneNumber,
} from './domain/phone.ts';
export * from './search/index.ts';
