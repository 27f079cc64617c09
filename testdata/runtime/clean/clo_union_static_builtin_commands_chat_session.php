<?php
// A chat session unions (+=) built-in slash commands, static arrow functions over copied strings from a helper, into its command table.

final class ChatSession
{
    /** @var array<string, Closure> */
    private array $commands = [];
    private array $outbox = [];

    public function __construct(private string $nick, private string $room, private string $motd) {}

    private function builtinCommands(): array
    {
        $nick = $this->nick;
        $room = $this->room;
        return [
            '/me' => static fn (string $arg): string => "* {$nick} {$arg}",
            '/topic' => static fn (string $arg): string => "{$room}: {$arg}",
        ];
    }

    public function connect(array $pluginCommands): void
    {
        $this->commands = $pluginCommands;
        $this->commands += $this->builtinCommands();
    }

    public function input(string $line): void
    {
        [$cmd, $arg] = array_pad(explode(' ', $line, 2), 2, '');
        $this->outbox[] = isset($this->commands[$cmd]) ? ($this->commands[$cmd])($arg) : $line;
    }
}

function onConnection(int $i): void
{
    $session = new ChatSession("guest{$i}", '#general', str_repeat('Be nice. ', 80));
    $session->connect(['/shrug' => static fn (string $arg): string => "{$arg} ¯\\_(ツ)_/¯"]);
    $session->input('/me waves');
    $session->input('hello all');
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    onConnection($i);
}
