<?php
// A dating app's match workflow asks a helper for the transition guards
// of each match. The helper builds them in a local array of static
// closures that are handed the match when they run, so the match keeps
// closures that do not keep it.

final class MatchCase
{
    private array $guards = [];
    public array $notes = [];

    public function __construct(public readonly int $score, public readonly bool $mutual)
    {
    }

    public function useGuards(array $guards): void
    {
        $this->guards = $guards;
    }

    public function can(string $step): bool
    {
        return ($this->guards[$step] ?? static fn (MatchCase $m): bool => false)($this);
    }
}

final class MatchGuards
{
    public function for(MatchCase $match): array
    {
        $guards = [
            'open_chat' => static fn (MatchCase $m): bool => $m->mutual,
            'boost' => static function (MatchCase $m): bool {
                return $m->score > 70;
            },
        ];
        $guards['archive'] = static fn (MatchCase $m): bool => true;

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
