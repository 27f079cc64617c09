<?php

declare(strict_types=1);

namespace Spiral\RoadRunner {
    final class Payload
    {
        public function __construct(public readonly string $body, public readonly string $header = '')
        {
        }
    }

    /** Goridge pipe stand-in: hands out a fixed number of payloads. */
    final class Worker
    {
        private int $received = 0;
        private int $responded = 0;

        public function __construct(private readonly int $limit, private readonly \Closure $source)
        {
        }

        public function waitPayload(): ?Payload
        {
            return $this->received < $this->limit ? ($this->source)($this->received++) : null;
        }

        public function respond(Payload $payload): void
        {
            $this->responded++;
        }
    }
}

namespace App\Cms {
    final class MenuRepository
    {
        /** @return list<array{id:int, parent_id:?int, title:string, path:string, weight:int}> */
        public function itemsFor(string $menu, string $locale): array
        {
            $rows = [];
            $id = 0;
            foreach (['Products', 'Solutions', 'Pricing', 'Company'] as $w => $section) {
                $sectionId = ++$id;
                $rows[] = ['id' => $sectionId, 'parent_id' => null, 'title' => "{$section} ({$locale})", 'path' => '/' . strtolower($section), 'weight' => $w];
                for ($c = 0; $c < 3; $c++) {
                    $childId = ++$id;
                    $rows[] = ['id' => $childId, 'parent_id' => $sectionId, 'title' => "{$section} item {$c}", 'path' => '/' . strtolower($section) . "/item-{$c}", 'weight' => $c];
                    $rows[] = ['id' => ++$id, 'parent_id' => $childId, 'title' => "Details {$c}", 'path' => '/' . strtolower($section) . "/item-{$c}/details", 'weight' => 0];
                }
            }

            return $rows;
        }
    }

    final class MenuRenderer
    {
        public function __construct(private MenuRepository $menus)
        {
        }

        public function render(string $menu, string $locale, string $currentPath): array
        {
            $byParent = [];
            foreach ($this->menus->itemsFor($menu, $locale) as $row) {
                $byParent[$row['parent_id'] ?? 0][] = $row;
            }
            foreach ($byParent as &$siblings) {
                usort($siblings, static fn (array $a, array $b): int => $a['weight'] <=> $b['weight']);
            }
            unset($siblings);

            $build = function (int $parentId, int $depth) use (&$build, $byParent, $currentPath): array {
                $items = [];
                foreach ($byParent[$parentId] ?? [] as $row) {
                    $children = $depth < 3 ? $build($row['id'], $depth + 1) : [];
                    $items[] = [
                        'title' => $row['title'],
                        'href' => $row['path'],
                        'active' => str_starts_with($currentPath, $row['path']),
                        'children' => $children,
                    ];
                }

                return $items;
            };

            $tree = $build(0, 0);
            $build = null;

            return $tree;
        }
    }
}

namespace {
    use App\Cms\MenuRenderer;
    use App\Cms\MenuRepository;
    use Spiral\RoadRunner\Payload;
    use Spiral\RoadRunner\Worker;

    $renderer = new MenuRenderer(new MenuRepository());

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $sections = ['products', 'solutions', 'pricing', 'company'];
    $worker = new Worker($n, static fn (int $i): Payload => new Payload(
        json_encode(['menu' => 'main', 'path' => sprintf('/%s/item-%d', $sections[$i % 4], $i % 3)]),
        json_encode(['locale' => $i % 2 ? 'de' : 'en', 'request_id' => "req-{$i}"]),
    ));

    while ($payload = $worker->waitPayload()) {
        $request = json_decode($payload->body, true);
        $context = json_decode($payload->header, true);
        $tree = $renderer->render($request['menu'], $context['locale'], $request['path']);
        $worker->respond(new Payload(json_encode(['menu' => $tree]), json_encode(['status' => 200])));
    }
}
