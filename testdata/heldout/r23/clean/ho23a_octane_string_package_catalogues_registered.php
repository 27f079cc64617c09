<?php

declare(strict_types=1);

/*
 * Laravel Octane worker serving a multilingual content site. Page-builder
 * posts register a "string package" (WPML style) whose translations are
 * loaded as their own catalogue next to the theme's text domains.
 */

final class MessageCatalogue
{
    /** @param array<string, string> $messages */
    public function __construct(
        public readonly string $locale,
        public readonly string $domain,
        private array $messages,
        private ?MessageCatalogue $fallback = null,
    ) {
    }

    public function has(string $id): bool
    {
        return isset($this->messages[$id]) || ($this->fallback?->has($id) ?? false);
    }

    public function get(string $id): string
    {
        return $this->messages[$id] ?? $this->fallback?->get($id) ?? $id;
    }
}

interface CatalogueLoader
{
    /** @return array<string, string> */
    public function load(string $locale, string $domain): array;
}

/** Stand-in for the .mo reader plus the string-package table. */
final class GettextCatalogueLoader implements CatalogueLoader
{
    public function __construct(private array $packageStrings)
    {
    }

    public function load(string $locale, string $domain): array
    {
        if (str_starts_with($domain, 'package:')) {
            $messages = [];
            foreach ($this->packageStrings[$domain] ?? [] as $id => $source) {
                $messages[$id] = sprintf('[%s] %s', $locale, $source);
            }

            return $messages;
        }

        $messages = [];
        foreach (['read_more' => 'Read more', 'posted_on' => 'Posted on %s', 'by' => 'by %s', 'comments' => '%d comments'] as $id => $text) {
            $messages[$id] = sprintf('[%s/%s] %s', $locale, $domain, $text);
        }

        return $messages;
    }

    public function registerPackage(string $domain, array $strings): void
    {
        $this->packageStrings[$domain] = $strings;
    }

    public function forgetPackage(string $domain): void
    {
        unset($this->packageStrings[$domain]);
    }
}

final class Translator
{
    /** @var array<string, array<string, MessageCatalogue>> */
    private array $catalogues = [];

    /** @var array<string, true> */
    private array $textDomains = [];

    private string $locale;

    /** @param list<string> $enabledLocales */
    public function __construct(
        private readonly CatalogueLoader $loader,
        private readonly string $fallbackLocale,
        private readonly array $enabledLocales,
    ) {
        $this->locale = $fallbackLocale;
    }

    public function setLocale(string $locale): void
    {
        $this->locale = in_array($locale, $this->enabledLocales, true) ? $locale : $this->fallbackLocale;
    }

    public function trans(string $id, array $parameters = [], string $domain = 'theme'): string
    {
        $message = $this->catalogue($this->locale, $domain)->get($id);

        return $parameters === [] ? $message : vsprintf($message, $parameters);
    }

    public function registerDomain(string $domain): void
    {
        $this->textDomains[$domain] = true;
    }

    private function catalogue(string $locale, string $domain): MessageCatalogue
    {
        if (!isset($this->textDomains[$domain])) {
            // String packages live and die with their post; only text domains registered at boot are kept.
            return $this->loadCatalogue($locale, $domain);
        }

        return $this->catalogues[$locale][$domain] ??= $this->loadCatalogue($locale, $domain);
    }

    private function loadCatalogue(string $locale, string $domain): MessageCatalogue
    {
        $fallback = $locale === $this->fallbackLocale
            ? null
            : new MessageCatalogue($this->fallbackLocale, $domain, $this->loader->load($this->fallbackLocale, $domain));

        return new MessageCatalogue($locale, $domain, $this->loader->load($locale, $domain), $fallback);
    }
}

final class StringPackage
{
    public static function domainFor(int $postId, string $kind): string
    {
        return sprintf('package:%s-%d', $kind, $postId);
    }
}

final class PageBuilderPresenter
{
    public function __construct(
        private readonly Translator $translator,
        private readonly GettextCatalogueLoader $loader,
    ) {
    }

    /** @param array{id: int, kind: string, blocks: array<string, string>, author: string} $post */
    public function present(array $post): string
    {
        $domain = StringPackage::domainFor($post['id'], $post['kind']);
        $this->loader->registerPackage($domain, $post['blocks']);
        try {
            $html = '';
            foreach (array_keys($post['blocks']) as $stringId) {
                $html .= '<section>' . htmlspecialchars($this->translator->trans($stringId, [], $domain)) . '</section>';
            }
            $html .= '<footer>' . $this->translator->trans('by', [$post['author']]) . '</footer>';
        } finally {
            $this->loader->forgetPackage($domain);
        }

        return $html;
    }
}

// ---- boot (Octane: once per worker) ----------------------------------------
$loader = new GettextCatalogueLoader([]);
$translator = new Translator($loader, 'en_US', ['en_US', 'fr_FR', 'de_DE', 'es_ES']);
foreach (['default', 'theme', 'woocommerce'] as $textDomain) {
    $translator->registerDomain($textDomain);
}
$presenter = new PageBuilderPresenter($translator, $loader);

$handle = static function (array $request) use ($translator, $presenter): string {
    $translator->setLocale(str_replace('-', '_', $request['headers']['accept-language']));
    try {
        return $presenter->present($request['post']);
    } finally {
        $translator->setLocale('en_US');
    }
};

$langs = ['fr-FR', 'de-DE', 'es-ES', 'pt-BR'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $id = 5000 + $i;
    $html = $handle([
        'headers' => ['accept-language' => $langs[$i % 4]],
        'post' => [
            'id' => $id,
            'kind' => $i % 3 === 0 ? 'landing' : 'article',
            'author' => 'author-' . ($i % 7),
            'blocks' => [
                "hero_{$id}" => "Spring collection {$id}: hand-picked pieces for the season",
                "cta_{$id}" => 'Shop the look before ' . date('F j', 1_700_000_000 + $i * 3600),
                "faq_{$id}" => "Shipping for order batch {$id} leaves the warehouse within two days",
            ],
        ],
    ]);
    unset($html);
}
