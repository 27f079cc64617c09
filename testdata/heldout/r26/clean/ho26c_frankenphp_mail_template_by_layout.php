<?php

// FrankenPHP worker: transactional e-mail previews rendered through a small
// Twig-like engine. The environment (and its loaded-template cache) lives
// for the whole worker.

final class TemplateSyntaxError extends RuntimeException
{
}

final class CompiledTemplate
{
    /** @param list<array{0: 'text'|'var', 1: string, 2?: list<string>}> $nodes */
    public function __construct(
        public readonly string $name,
        public readonly array $nodes,
        public readonly string $source,
    ) {
    }
}

final class Lexer
{
    /** @return list<array{0: string, 1: string, 2?: list<string>}> */
    public function tokenize(string $source): array
    {
        $parts = preg_split('/(\{\{\s*[\w.|]+\s*\}\})/', $source, -1, PREG_SPLIT_DELIM_CAPTURE | PREG_SPLIT_NO_EMPTY);
        $nodes = [];
        foreach ($parts as $part) {
            if (str_starts_with($part, '{{')) {
                $expr = trim(substr($part, 2, -2));
                $filters = explode('|', $expr);
                $nodes[] = ['var', array_shift($filters), $filters];
            } else {
                $nodes[] = ['text', $part];
            }
        }

        return $nodes;
    }
}

final class Environment
{
    /** @var array<string, CompiledTemplate> */
    private array $loadedTemplates = [];
    /** @var array<string, Closure> */
    private array $filters = [];

    public function __construct(private Lexer $lexer, private array $options = [])
    {
        $this->filters['upper'] = static fn (string $v): string => strtoupper($v);
        $this->filters['e'] = static fn (string $v): string => htmlspecialchars($v, ENT_QUOTES);
        $this->filters['money'] = static fn (string $v): string => number_format((float) $v, 2);
    }

    public function createTemplate(string $source, ?string $name = null): CompiledTemplate
    {
        $cacheKey = $this->templateCacheKey($source);

        return $this->loadedTemplates[$cacheKey] ??= $this->compile($source, $name ?? '__string_template__' . $cacheKey);
    }

    public function render(CompiledTemplate $template, array $context): string
    {
        $out = '';
        foreach ($template->nodes as $node) {
            if ($node[0] === 'text') {
                $out .= $node[1];
                continue;
            }
            $value = (string) ($this->resolve($context, $node[1]) ?? '');
            foreach ($node[2] as $filter) {
                $value = ($this->filters[$filter] ?? throw new TemplateSyntaxError("Unknown filter \"$filter\""))($value);
            }
            $out .= $value;
        }

        return $out;
    }

    private function resolve(array $context, string $path): mixed
    {
        foreach (explode('.', $path) as $segment) {
            $context = is_array($context) ? ($context[$segment] ?? null) : null;
        }

        return $context;
    }

    private function templateCacheKey(string $source): string
    {
        return hash('xxh128', ($this->options['charset'] ?? 'UTF-8') . ':' . $source);
    }

    private function compile(string $source, string $name): CompiledTemplate
    {
        return new CompiledTemplate($name, $this->lexer->tokenize($source), $source);
    }
}

final class OrderShippedPreview
{
    private const GREETING = 'Hello {{ customer.first_name|e }},';

    /** One body per carrier integration; order data only reaches the context. */
    private const BODIES = [
        'tracked' => "\n\nYour order #{{ order.number }} placed on {{ order.placed_at }} has shipped with {{ order.carrier }} (tracking {{ order.tracking }}).\n",
        'untracked' => "\n\nYour order #{{ order.number }} placed on {{ order.placed_at }} is on its way with {{ order.carrier }}.\n",
    ];
    private const FOOTER = "Total charged: {{ order.total|money }} {{ order.currency|upper }}.\nDelivery to: {{ order.address|e }}\n\nThanks for shopping with us!";

    public function __construct(private Environment $twig)
    {
    }

    public function __invoke(array $order): string
    {
        $layout = $order['tracking'] !== '' ? 'tracked' : 'untracked';
        $source = self::GREETING . self::BODIES[$layout] . self::FOOTER;

        $template = $this->twig->createTemplate($source, 'order_shipped.' . $layout);

        return $this->twig->render($template, [
            'customer' => ['first_name' => $order['first_name']],
            'order' => $order,
        ]);
    }
}

$twig = new Environment(new Lexer(), ['charset' => 'UTF-8', 'strict_variables' => false]);
$preview = new OrderShippedPreview($twig);
$carriers = ['DHL Express', 'UPS Ground', 'PostNL'];

$handler = static function (array $payload) use ($preview): string {
    return $preview($payload['order']);
};

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $payload = ['order' => [
        'number' => 'SO-' . (700000 + $i),
        'placed_at' => date('Y-m-d H:i', 1700000000 + $i * 613),
        'carrier' => $carriers[$i % 3],
        'tracking' => $i % 5 === 0 ? '' : strtoupper(substr(sha1((string) $i), 0, 18)),
        'address' => (10 + $i % 90) . ' Harbour Street, Rotterdam',
        'first_name' => 'Customer' . $i,
        'total' => (string) (19.99 + $i % 50),
        'currency' => 'eur',
    ]];
    $body = $handler($payload);
    unset($payload, $body);
}
