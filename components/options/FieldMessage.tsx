/** The message under a field, referenced by the field's aria-describedby. */
export function FieldMessage({ id, message }: { id: string; message?: string }) {
  return (
    <p id={id} className="op-field-error" role={message ? 'alert' : undefined} hidden={!message}>
      {message}
    </p>
  );
}
