import { LIMITS, plainTextProblem } from '../../scenario';

/**
 * What a scenario file accepts as a value (its length, no control or bidi character), so a form
 * never offers to send what a link would refuse.
 */
export function isValue(value: string): boolean {
  return plainTextProblem(value, 1, LIMITS.valueLengthMax) === null;
}

/** The value a client asks for, typed by the user: one field for every panel that sends one. */
export function ValueField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
}) {
  return (
    <label className="px-field">
      <span>{label}</span>
      <input
        value={value}
        maxLength={LIMITS.valueLengthMax}
        onChange={(e) => onChange(e.target.value)}
        required
      />
    </label>
  );
}
