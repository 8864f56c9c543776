/** The report's browser script (./client.js); the page inlines its source text. */
export declare function reportClient(): void;
