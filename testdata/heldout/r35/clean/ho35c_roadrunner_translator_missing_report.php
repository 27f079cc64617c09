<?php

declare(strict_types=1);

// RoadRunner PSR-7 worker for a multilingual CMS. Post fields are translated
// through per-post message keys; keys the catalogue lacks are collected for
// the translators' dashboard and shipped after the response is sent.

final class ArrayLogger
{
    /** @var list<string> */
    public array $lines = [];

    public function notice(string $message, array $context = []): void
    {
        $this->lines[] = $message;
        if (count($this->lines) > 20) {
            array_shift($this->lines);
        }
    }
}

final class MissingTranslationCollector
{
    /** The dashboard shows the most recent misses only. */
    private const KEEP_LAST = 50;

    /** @var array<string, array{locale: string, domain: string, id: string, seen: int, fallback: string}> */
    private array $missing = [];

    public function __construct(private ArrayLogger $logger)
    {
    }

    public function record(string $locale, string $domain, string $id, string $fallback): void
    {
        $slot = self::slot($locale, $domain, $id);
        $seen = ($this->missing[$slot]['seen'] ?? 0) + 1;
        $this->missing[$slot] = ['locale' => $locale, 'domain' => $domain, 'id' => $id, 'seen' => $seen, 'fallback' => $fallback];
        if (count($this->missing) > self::KEEP_LAST) {
            $this->missing = array_slice($this->missing, -self::KEEP_LAST, null, true);
        }
    }

    /** Runs on kernel.terminate: ship the report once the client has its response. */
    public function onTerminate(): void
    {
        if (!\function_exists('fastcgi_finish_request')) {
            return;
        }
        $this->flush();
    }

    public function flush(): void
    {
        if ($this->missing !== []) {
            $this->logger->notice(sprintf('%d missing translations', count($this->missing)), ['messages' => array_values($this->missing)]);
        }
        $this->missing = [];
    }

    private static function slot(string $locale, string $domain, string $id): string
    {
        return $locale . '|' . $domain . '|' . $id;
    }
}

final class Translator
{
    /** @param array<string, array<string, array<string, string>>> $catalogues locale => domain => id => message */
    public function __construct(
        private array $catalogues,
        private string $fallbackLocale,
        private MissingTranslationCollector $collector,
    ) {
    }

    public function trans(string $id, array $parameters = [], string $domain = 'messages', ?string $locale = null): string
    {
        $locale ??= $this->fallbackLocale;
        $message = $this->catalogues[$locale][$domain][$id]
            ?? $this->catalogues[$this->fallbackLocale][$domain][$id]
            ?? null;

        if ($message === null) {
            $message = $parameters['%default%'] ?? $id;
            $this->collector->record($locale, $domain, $id, $message);
        }

        return strtr($message, $parameters);
    }
}

final class Kernel
{
    /** @var list<callable> */
    private array $terminateListeners = [];

    public function __construct(private Translator $translator)
    {
    }

    public function onTerminate(callable $listener): void
    {
        $this->terminateListeners[] = $listener;
    }

    public function handle(array $request): string
    {
        $post = $request['post'];
        $locale = $request['locale'];
        $title = $this->translator->trans("post.{$post['id']}.title", ['%default%' => $post['title']], 'content', $locale);
        $excerpt = $this->translator->trans("post.{$post['id']}.excerpt", ['%default%' => $post['excerpt']], 'content', $locale);
        $more = $this->translator->trans('cta.read_more', [], 'messages', $locale);

        return "<article><h2>{$title}</h2><p>{$excerpt}</p><a>{$more}</a></article>";
    }

    public function terminate(): void
    {
        foreach ($this->terminateListeners as $listener) {
            $listener();
        }
    }
}

final class PSR7WorkerStub
{
    private int $served = 0;

    public function __construct(private int $max)
    {
    }

    public function waitRequest(): ?array
    {
        if ($this->served >= $this->max) {
            return null;
        }
        $id = 70500 + ++$this->served;
        $locales = ['en', 'de', 'fr', 'nl'];

        return [
            'locale' => $locales[$id % 4],
            'post' => [
                'id' => $id,
                'title' => "Retrofit notes for building {$id}",
                'excerpt' => "Site visit {$id}: insulation, windows and a heat pump retrofit, with costs per square metre and what we would do differently next time.",
            ],
        ];
    }

    public function respond(string $body): void
    {
    }
}

$logger = new ArrayLogger();
$collector = new MissingTranslationCollector($logger);
$translator = new Translator([
    'en' => ['messages' => ['cta.read_more' => 'Read more']],
    'de' => ['messages' => ['cta.read_more' => 'Weiterlesen']],
    'fr' => ['messages' => ['cta.read_more' => 'Lire la suite']],
], 'en', $collector);
$kernel = new Kernel($translator);
$kernel->onTerminate($collector->onTerminate(...));

$worker = new PSR7WorkerStub((int) (getenv('PHPLEAK_N') ?: 100));
while (($request = $worker->waitRequest()) !== null) {
    $worker->respond($kernel->handle($request));
    $kernel->terminate();
}
