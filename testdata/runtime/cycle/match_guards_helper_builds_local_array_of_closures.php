<?php
// A dating app's match workflow asks a helper for the transition guards
// of each match. The helper builds them in a local array of closures
// that capture the match, and the match keeps the array it is given:
// the match and its guards hold each other, once per message.

final class MatchCase
{
    private array $guards = [];
    public array $notes = [];

    public function __construct(public readonly int $score, public readonly bool $mutual)
    {
    }

    public function useGuards(array $guards): void
    {
        $this->guards = $guards; // leak
    }

    public function can(string $step): bool
    {
        return ($this->guards[$step] ?? static fn (): bool => false)();
    }
}

final class MatchGuards
{
    public function for(MatchCase $match): array
    {
        $guards = [
            'open_chat' => fn (): bool => $match->mutual, // leak
            'boost' => function () use ($match): bool {
                return $match->score > 70;
            },
        ];
        $guards['archive'] = static fn (): bool => true;

        return $guards;
    }
}

final class MatchHandler
{
    public function __construct(private MatchGuards $guards)
    {
    }

    public function handle(array $message): bool
    {
        $match = new MatchCase($message['score'], $message['mutual']);
        $match->notes = array_fill(0, 8, str_repeat('x', 40));
        $match->useGuards($this->guards->for($match));

        return $match->can('open_chat');
    }
}

$handler = new MatchHandler(new MatchGuards());
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $handler->handle(['score' => $i % 100, 'mutual' => $i % 2 === 0]);
}
