<?php

// --- RoadRunner PSR-7 worker stand-in: the PHP process is started once and
// --- pulls requests from the Go server until it is told to stop.

final class ServerRequest
{
    public function __construct(
        public readonly string $uri,
        public readonly array $headers,
        public readonly array $query,
    ) {
    }

    public function getHeaderLine(string $name): string
    {
        return $this->headers[strtolower($name)] ?? '';
    }
}

final class Response
{
    public function __construct(public readonly int $status, public readonly string $body)
    {
    }
}

final class PSR7Worker
{
    private int $served = 0;

    public function __construct(private int $max)
    {
    }

    public function waitRequest(): ?ServerRequest
    {
        if ($this->served >= $this->max) {
            return null;
        }
        $i = $this->served++;
        $accept = ['de-AT,de;q=0.9,en;q=0.5', 'fr-CA,fr;q=0.8', 'pt-BR,pt;q=0.9,en;q=0.4'][$i % 3];
        return new ServerRequest('/messages/checkout.summary', ['accept-language' => $accept], ['count' => $i]);
    }

    public function respond(Response $response): void
    {
    }
}

// --- Application -----------------------------------------------------------

final class CatalogueLoader
{
    /** @return array<string, string> */
    public function load(string $locale): array
    {
        $messages = [];
        foreach (['checkout.summary', 'checkout.total', 'cart.empty', 'cart.items', 'account.greeting'] as $key) {
            $messages[$key] = sprintf('%s (%s): translated text for %s with {count} placeholder', $key, $locale, strtoupper($locale));
        }
        if (str_contains($locale, '-')) {
            // Regional catalogues only override a couple of keys.
            $messages = array_slice($messages, 0, 2, true);
        }
        return $messages;
    }
}

final class LocaleNode
{
    /** @var WeakReference<LocaleNode>|null */
    private ?WeakReference $parent = null;
    /** @var array<string, LocaleNode> */
    private array $children = [];

    /** @param array<string, string> $messages */
    public function __construct(public readonly string $code, private array $messages)
    {
    }

    public function addChild(LocaleNode $child): LocaleNode
    {
        $child->attachTo($this);
        $this->children[$child->code] = $child;
        return $child;
    }

    private function attachTo(LocaleNode $parent): void
    {
        $this->parent = WeakReference::create($parent);
    }

    public function translate(string $key): ?string
    {
        return $this->messages[$key] ?? $this->parent?->get()?->translate($key);
    }
}

/** Keeps the root of the tree alive for the request and answers from the leaf. */
final class LocaleChain
{
    public function __construct(private LocaleNode $root, private LocaleNode $leaf)
    {
    }

    public function translate(string $key): ?string
    {
        return $this->leaf->translate($key);
    }
}

/** Builds the fallback chain for one request: en <- de <- de-AT. */
final class FallbackChainFactory
{
    public function __construct(private CatalogueLoader $loader, private string $defaultLocale = 'en')
    {
    }

    public function forAcceptLanguage(string $header): LocaleChain
    {
        $root = $node = new LocaleNode($this->defaultLocale, $this->loader->load($this->defaultLocale));
        $preferred = strtolower(trim(explode(',', $header)[0]));
        $language = explode('-', $preferred)[0];
        foreach (array_unique([$language, $preferred]) as $code) {
            if ($code !== $this->defaultLocale) {
                $node = $node->addChild(new LocaleNode($code, $this->loader->load($code)));
            }
        }
        return new LocaleChain($root, $node);
    }
}

final class MessageController
{
    public function __construct(private FallbackChainFactory $chains)
    {
    }

    public function show(ServerRequest $request): Response
    {
        $locale = $this->chains->forAcceptLanguage($request->getHeaderLine('Accept-Language'));
        $key = basename($request->uri);
        $text = $locale->translate($key) ?? $key;
        return new Response(200, strtr($text, ['{count}' => (string) $request->query['count']]));
    }
}

$controller = new MessageController(new FallbackChainFactory(new CatalogueLoader()));
$worker = new PSR7Worker((int) (getenv('PHPLEAK_N') ?: 100));

while ($request = $worker->waitRequest()) {
    $worker->respond($controller->show($request));
}
