<?php
// A plain worker loop serving leaderboard pages, each page owning a Table that gets its row comparator from the page constructor.

final class Table
{
    private ?\Closure $sorter = null;
    private array $rows = [];

    public function setSorter(\Closure $sorter): void
    {
        $this->sorter = $sorter; // leak
    }

    public function addRow(array $row): void
    {
        $this->rows[] = $row;
    }

    public function render(): string
    {
        $rows = $this->rows;
        usort($rows, $this->sorter);
        return implode("\n", array_map(static fn (array $r) => "{$r['player']}\t{$r['score']}", $rows));
    }
}

final class LeaderboardPage
{
    private Table $table;

    public function __construct(public readonly string $season)
    {
        $this->table = new Table();
        $this->table->setSorter(fn (array $a, array $b): int => $b['score'] <=> $a['score']); // leak
    }

    public function fill(array $scores): self
    {
        foreach ($scores as $player => $score) {
            $this->table->addRow(['player' => $player, 'score' => $score]);
        }
        return $this;
    }

    public function html(): string
    {
        return "<h1>{$this->season}</h1><pre>" . $this->table->render() . '</pre>';
    }
}

function next_request(int $i): array
{
    return [
        'season' => "season-{$i}",
        'scores' => ["alice-{$i}" => $i * 3 % 97, "bob-{$i}" => $i * 7 % 89, "carol-{$i}" => $i * 11 % 83, 'bot-' . str_repeat('z', 200) . $i => 1],
    ];
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);

$i = 0;
while ($i < $n) {
    $request = next_request($i++);
    $page = (new LeaderboardPage($request['season']))->fill($request['scores']);
    $body = $page->html();
}
