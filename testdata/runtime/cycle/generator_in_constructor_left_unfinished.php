<?php
// A trail object makes its generator in the constructor and hands it out
// from getIterator(); the generator holds $this. The sidebar stops
// after five entries, the generator stays suspended, and the trail and
// its generator form a cycle once the request drops them.

final class Trail implements IteratorAggregate
{
    private Generator $cursor;

    public function __construct(private array $rows)
    {
        $this->cursor = $this->entries(); // leak
    }

    public function getIterator(): Generator
    {
        return $this->cursor;
    }

    private function entries(): Generator
    {
        foreach ($this->rows as $id => $row) {
            yield $id => $row;
        }
    }
}

final class Sidebar
{
    public function render(array $rows): string
    {
        $trail = new Trail($rows);
        $html = '';
        foreach ($trail as $row) {
            if (strlen($html) > 200) {
                break;
            }
            $html .= '<li>' . $row . '</li>';
        }

        return $html;
    }
}

$sidebar = new Sidebar();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $sidebar->render(array_map(static fn (int $k): string => "entry {$i}-{$k} " . str_repeat('x', 40), range(1, 20)));
}
