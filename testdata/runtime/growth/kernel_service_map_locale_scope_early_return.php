<?php

declare(strict_types=1);

// A kernel keeps its services in an array keyed by class and invokes the
// controller from it. The controller pushes the request's locale scope
// and pops it at the end, but a cached page returns first.

final class LocaleScope
{
    /** @var list<array{locale: string, catalog: string}> */
    private array $stack = [];

    public function push(string $locale): void
    {
        $this->stack[] = ['locale' => $locale, 'catalog' => str_repeat("messages.{$locale};", 100)]; // leak
    }

    public function pop(): void
    {
        array_pop($this->stack);
    }
}

final class PageController
{
    /** @var array<string, true> */
    private array $fresh = ['/about' => true];

    public function __construct(private LocaleScope $scope)
    {
    }

    public function __invoke(array $request): string
    {
        $this->scope->push($request['locale']);
        if (isset($this->fresh[$request['path']])) {
            return '304';
        }
        $html = '<h1>' . $request['path'] . '</h1>';
        $this->scope->pop();

        return $html;
    }
}

final class Kernel
{
    private array $services = [];

    public function boot(): void
    {
        $this->services[LocaleScope::class] = new LocaleScope();
        $this->services[PageController::class] = new PageController($this->services[LocaleScope::class]);
    }

    public function handle(array $request): string
    {
        return ($this->services[PageController::class])($request);
    }
}

$kernel = new Kernel();
$kernel->boot();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $kernel->handle(['path' => $i % 2 ? '/about' : '/pricing', 'locale' => ['en', 'de'][$i % 2]]);
}
