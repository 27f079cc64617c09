<?php
// A notification worker renders each message from a template catalog it
// was built with. The renderer keeps the compiled template per template
// id and locale; the catalog falls back to a generic template for an id
// it does not hold, so every campaign id a message names adds an entry.

final class UnknownTemplate extends RuntimeException
{
}

final class TemplateCatalog
{
    /** @param array<string, string> $sources template id => source */
    public function __construct(private readonly array $sources)
    {
    }

    public function compile(string $id, string $locale): string
    {
        $source = $this->sources[$id] ?? 'Hello {name}, news from us: ' . $id;

        return '[' . $locale . '] ' . strtoupper($source) . str_repeat(' -- footer', 300);
    }
}

final class NotificationRenderer
{
    /** @var array<string, string> */
    private array $compiled = [];

    public function __construct(private readonly TemplateCatalog $catalog)
    {
    }

    public function render(string $templateId, string $locale, array $vars): string
    {
        $key = $templateId . ':' . $locale;
        if (!isset($this->compiled[$key])) {
            $this->compiled[$key] = $this->catalog->compile($templateId, $locale); // leak
        }

        return strtr($this->compiled[$key], $vars);
    }
}

$renderer = new NotificationRenderer(new TemplateCatalog([
    'welcome' => 'Welcome aboard, {name}!',
    'receipt' => 'Your receipt {ref} is attached.',
    'reminder' => 'Your trial ends on {date}.',
]));
$locales = ['en', 'de', 'fr'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $message = ['template' => ['welcome', 'receipt', 'reminder', 'campaign-' . $i][$i % 4], 'locale' => $locales[$i % 3]];
    try {
        $renderer->render($message['template'], $message['locale'], ['{name}' => 'user' . $i, '{ref}' => 'R' . $i, '{date}' => '2026-12-01']);
    } catch (UnknownTemplate) {
        // (acknowledged as failed)
    }
}
