<?php
// A RoadRunner worker renders posts and collects the translation keys a
// locale lacks, to report them when the request ends. The terminate hook
// leaves early under PHP-FPM, whose process ends its request anyway; a
// worker is never FPM, so it reports and empties the list after every
// request.

final class MissingKeyCollector
{
    /** @var array<string, array{locale: string, key: string, seen: int}> */
    private array $missing = [];

    public function record(string $locale, string $key): void
    {
        $slot = $locale . ':' . $key;
        $this->missing[$slot] = ['locale' => $locale, 'key' => $key, 'seen' => ($this->missing[$slot]['seen'] ?? 0) + 1];
    }

    public function onTerminate(): void
    {
        if (PHP_SAPI === 'fpm-fcgi') {
            return;
        }
        $this->flush();
    }

    public function flush(): void
    {
        if ($this->missing !== []) {
            error_log(count($this->missing) . ' missing translations', 3, '/dev/null');
        }
        $this->missing = [];
    }
}

final class Translator
{
    /** @var array<string, string> */
    private array $catalogue = ['post.title' => 'Titel', 'post.author' => 'Autor'];

    public function __construct(private MissingKeyCollector $collector)
    {
    }

    public function trans(string $locale, string $key): string
    {
        if (!isset($this->catalogue[$key])) {
            $this->collector->record($locale, $key);

            return $key;
        }

        return $this->catalogue[$key];
    }
}

$collector = new MissingKeyCollector();
$translator = new Translator($collector);
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    // a post's custom fields name their own labels
    $fields = ['title', 'author', 'field_' . $i . '_caption', 'field_' . $i . '_credit'];
    $html = '';
    foreach ($fields as $field) {
        $html .= '<dt>' . $translator->trans('de', 'post.' . $field) . '</dt>';
    }
    $collector->onTerminate();
}
