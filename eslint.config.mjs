import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// A function given a transaction reads and writes only through it: the global
// client inside would wait for a second connection while holding one, and a
// burst of such transactions exhausts the pool (tests/integration/bookings-one-connection.test.ts).
const TAKES_TX =
  ":matches(FunctionDeclaration, FunctionExpression, ArrowFunctionExpression):has(> Identifier.params[typeAnnotation.typeAnnotation.typeName.name=/^(Tx|DbOrTx)$/])";
const TRANSACTION_CALLBACK = 'CallExpression[callee.object.name="db"][callee.property.name="$transaction"] > :function';
const GLOBAL_CLIENT_IN_TX = "Use the transaction it was given, not the global `db`, in a function that takes one.";

const config = [
  {
    ignores: [
      "lib/generated/**",
      ".next/**",
      ".data/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  ...next,
  ...nextTs,
  {
    files: ["lib/**/*.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: `${TAKES_TX} MemberExpression > Identifier.object[name="db"]`, message: GLOBAL_CLIENT_IN_TX },
        { selector: `${TAKES_TX} CallExpression > Identifier.arguments[name="db"]`, message: GLOBAL_CLIENT_IN_TX },
        {
          selector: `${TRANSACTION_CALLBACK} MemberExpression > Identifier.object[name="db"]`,
          message: GLOBAL_CLIENT_IN_TX,
        },
      ],
    },
  },
];

export default config;
