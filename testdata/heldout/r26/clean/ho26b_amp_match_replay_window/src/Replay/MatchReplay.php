<?php

declare(strict_types=1);

namespace App\Replay;

final class MatchReplay
{
    private ?\Generator $frames = null;
    private int $served = 0;

    public function __construct(
        private readonly string $matchId,
        private readonly array $timeline,
        private readonly string $locale,
        private readonly string $viewerId,
    ) {
    }

    /** @return list<array<string, mixed>> */
    public function page(int $sinceMinute, int $size): array
    {
        $this->frames ??= $this->framesSince($sinceMinute, $size);

        $page = [];
        foreach ($this->frames as $frame) {
            $page[] = $frame;
        }
        $this->served += \count($page);

        return $page;
    }

    private function framesSince(int $minute, int $limit): \Generator
    {
        $home = 0;
        $away = 0;
        $yielded = 0;
        foreach ($this->timeline as $seq => $event) {
            if ($event['type'] === 'goal') {
                $event['team'] === 'home' ? $home++ : $away++;
            }
            if ($event['minute'] < $minute) {
                continue;
            }
            yield $this->present($seq, $event, $home, $away);
            if (++$yielded >= $limit) {
                return;
            }
        }
    }

    private function present(int $seq, array $event, int $home, int $away): array
    {
        return [
            'id' => $this->matchId . ':' . $seq,
            'minute' => $event['minute'] . "'",
            'label' => $this->label($event['type']),
            'player' => $event['player'],
            'score' => "{$home}-{$away}",
            'for' => $this->viewerId,
        ];
    }

    private function label(string $type): string
    {
        static $labels = [
            'en' => ['goal' => 'Goal', 'card' => 'Booking', 'sub' => 'Substitution', 'var' => 'VAR check'],
            'pt' => ['goal' => 'Golo', 'card' => 'Cartão', 'sub' => 'Substituição', 'var' => 'Revisão VAR'],
        ];

        return $labels[$this->locale][$type] ?? $type;
    }
}
