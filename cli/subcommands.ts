// A command with named subcommands of its own (`kiosk bundle publish …` beside `kiosk bundle …`).
type Command = (argv: string[]) => Promise<number>;

export function withSubcommands(main: Command, subcommands: Record<string, Command>): Command {
  return (argv) => {
    const sub = argv[0] !== undefined ? subcommands[argv[0]] : undefined;
    return sub ? sub(argv.slice(1)) : main(argv);
  };
}
