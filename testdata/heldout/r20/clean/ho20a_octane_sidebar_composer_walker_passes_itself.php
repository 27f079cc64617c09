<?php

declare(strict_types=1);

namespace Illuminate\View {

    /** Stand-in for Illuminate\View\View: just carries data to the template. */
    final class View
    {
        private array $data = [];

        public function __construct(public readonly string $name)
        {
        }

        public function with(string $key, mixed $value): self
        {
            $this->data[$key] = $value;

            return $this;
        }

        public function render(): string
        {
            return $this->name . ':' . json_encode($this->data);
        }
    }
}

namespace App\Http {

    final class Request
    {
        public function __construct(
            public readonly string $path,
            public readonly array $headers,
            public readonly array $user,
        ) {
        }

        public function can(string $ability): bool
        {
            return in_array($ability, $this->user['abilities'], true);
        }
    }
}

namespace App\View\Composers {

    use App\Http\Request;
    use Illuminate\View\View;

    /**
     * Registered with View::composer('layouts.sidebar', ...) at boot;
     * resolved once and reused by every request in the Octane worker.
     */
    final class SidebarComposer
    {
        /** @param list<array{label: string, path: string, ability?: string, children?: list<array>}> $tree */
        public function __construct(private readonly array $tree)
        {
        }

        public function compose(View $view, Request $request): void
        {
            $view->with('sidebar', $this->build($request));
        }

        private function build(Request $request): array
        {
            $walk = function (array $items, int $depth, \Closure $walk) use ($request): array {
                $out = [];
                foreach ($items as $item) {
                    if (isset($item['ability']) && !$request->can($item['ability'])) {
                        continue;
                    }
                    $children = $walk($item['children'] ?? [], $depth + 1, $walk);
                    $active = $request->path === $item['path'] || str_starts_with($request->path, $item['path'] . '/');
                    $out[] = [
                        'label' => $item['label'],
                        'href' => $item['path'],
                        'depth' => $depth,
                        'active' => $active || array_filter(array_column($children, 'active')) !== [],
                        'children' => $children,
                    ];
                }

                return $out;
            };

            return $walk($this->tree, 0, $walk);
        }
    }
}

namespace {

    use App\Http\Request;
    use App\View\Composers\SidebarComposer;
    use Illuminate\View\View;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);

    $composer = new SidebarComposer([
        ['label' => 'Dashboard', 'path' => '/dashboard'],
        ['label' => 'Billing', 'path' => '/billing', 'ability' => 'billing.view', 'children' => [
            ['label' => 'Invoices', 'path' => '/billing/invoices'],
            ['label' => 'Payment methods', 'path' => '/billing/methods', 'ability' => 'billing.manage'],
        ]],
        ['label' => 'Team', 'path' => '/team', 'children' => [
            ['label' => 'Members', 'path' => '/team/members'],
            ['label' => 'Roles', 'path' => '/team/roles', 'ability' => 'team.admin'],
        ]],
    ]);
    $paths = ['/dashboard', '/billing/invoices', '/team/members', '/billing/methods'];

    for ($i = 0; $i < $n; $i++) {
        $request = new Request(
            $paths[$i % 4],
            ['x-request-id' => bin2hex(pack('N', $i)) . '-web', 'user-agent' => 'Mozilla/5.0'],
            ['id' => 300 + $i, 'abilities' => $i % 3 === 0 ? ['billing.view', 'billing.manage'] : ['billing.view']],
        );
        $view = new View('layouts.sidebar');
        $composer->compose($view, $request);
        $view->render();
    }
}
