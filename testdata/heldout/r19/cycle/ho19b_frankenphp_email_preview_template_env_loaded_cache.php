<?php

declare(strict_types=1);

namespace App\View;

interface LoaderInterface
{
    public function getSource(string $name): string;
}

final class ArrayLoader implements LoaderInterface
{
    /** @param array<string, string> $templates */
    public function __construct(private readonly array $templates)
    {
    }

    public function getSource(string $name): string
    {
        return $this->templates[$name] ?? throw new \RuntimeException("Template \"{$name}\" is not defined.");
    }
}

final class CompiledTemplate
{
    /** @var list<array{0: 'text'|'var'|'include', 1: string}> */
    private array $nodes = [];

    public function __construct(
        private readonly Environment $env, // leak
        public readonly string $name,
        string $source,
    ) {
        foreach (preg_split('/(\{\{\s*[\w.]+\s*\}\}|\{%\s*include\s+"[\w.\/]+"\s*%\})/', $source, -1, \PREG_SPLIT_DELIM_CAPTURE) as $chunk) {
            if (preg_match('/^\{\{\s*([\w.]+)\s*\}\}$/', $chunk, $m)) {
                $this->nodes[] = ['var', $m[1]];
            } elseif (preg_match('/^\{%\s*include\s+"([\w.\/]+)"\s*%\}$/', $chunk, $m)) {
                $this->nodes[] = ['include', $m[1]];
            } elseif ($chunk !== '') {
                $this->nodes[] = ['text', $chunk];
            }
        }
    }

    /** @param array<string, mixed> $context */
    public function render(array $context): string
    {
        $env = $this->env;
        $context += $env->globals();
        $out = '';
        foreach ($this->nodes as [$type, $value]) {
            $out .= match ($type) {
                'text' => $value,
                'var' => $env->escape($this->lookup($context, $value)),
                'include' => $env->load($value)->render($context),
            };
        }

        return $out;
    }

    /** @param array<string, mixed> $context */
    private function lookup(array $context, string $path): mixed
    {
        foreach (explode('.', $path) as $segment) {
            $context = is_array($context) ? ($context[$segment] ?? '') : '';
        }

        return $context;
    }
}

final class Environment
{
    /** @var array<string, CompiledTemplate> */
    private array $loaded = [];

    /** @param array<string, mixed> $globals */
    public function __construct(private readonly LoaderInterface $loader, private readonly array $globals)
    {
    }

    public function load(string $name): CompiledTemplate
    {
        return $this->loaded[$name] ??= $this->compile($name); // leak
    }

    public function render(string $name, array $context = []): string
    {
        return $this->load($name)->render($context);
    }

    /** @return array<string, mixed> */
    public function globals(): array
    {
        return $this->globals;
    }

    public function escape(mixed $value): string
    {
        return htmlspecialchars((string) $value, \ENT_QUOTES | \ENT_SUBSTITUTE, 'UTF-8');
    }

    private function compile(string $name): CompiledTemplate
    {
        return new CompiledTemplate($this, $name, $this->loader->getSource($name));
    }
}

namespace App\Mail;

use App\View\Environment;
use App\View\LoaderInterface;

final class EmailPreviewController
{
    public function __construct(private readonly LoaderInterface $templates, private readonly string $brand)
    {
    }

    /** @param array{user: string, order: string, total: string, locale: string} $query */
    public function __invoke(array $query): string
    {
        // Globals differ per request (recipient, locale), so the environment is built for this request.
        $view = new Environment($this->templates, ['brand' => $this->brand, 'locale' => $query['locale']]);

        return $view->render('mail/order_shipped.html', [
            'user' => ['name' => $query['user']],
            'order' => ['number' => $query['order'], 'total' => $query['total']],
        ]);
    }
}

namespace App;

use App\Mail\EmailPreviewController;
use App\View\ArrayLoader;

$loader = new ArrayLoader([
    'mail/order_shipped.html' => '{% include "mail/_header.html" %}<p>Hi {{ user.name }}, order {{ order.number }} ({{ order.total }}) is on its way.</p>{% include "mail/_footer.html" %}',
    'mail/_header.html' => '<header lang="{{ locale }}"><h1>{{ brand }}</h1></header>',
    'mail/_footer.html' => '<footer>Sent by {{ brand }}. You receive this because you ordered at {{ brand }}.</footer>',
]);
$controller = new EmailPreviewController($loader, 'Acme & Sons');

// FrankenPHP worker mode: frankenphp_handle_request() returns once per request.
$n = (int) (getenv('PHPLEAK_N') ?: 100);
$handleRequest = static function (int $i) use ($controller): void {
    $html = $controller([
        'user' => "Customer <{$i}>",
        'order' => sprintf('SO-%06d', $i),
        'total' => number_format(19.9 + $i, 2) . ' EUR',
        'locale' => ['en', 'de', 'fr'][$i % 3],
    ]);
};
for ($i = 0; $i < $n; $i++) {
    $handleRequest($i);
}
