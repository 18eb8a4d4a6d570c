/** mjml 5 ships no types; this is the part we call. */
declare module "mjml" {
  type MjmlResult = { html: string; errors: Array<{ line: number; message: string; tagName: string; formattedMessage: string }> };
  type MjmlOptions = { validationLevel?: "strict" | "soft" | "skip"; minify?: boolean; keepComments?: boolean };
  export default function mjml2html(input: string, options?: MjmlOptions): Promise<MjmlResult>;
}
