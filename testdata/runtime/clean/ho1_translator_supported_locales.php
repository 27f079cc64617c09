<?php
// A worker-lifetime translator picks the locale from each request's Accept-Language header and caches loaded message catalogues per locale.

final class MessageCatalogue
{
    public function __construct(public readonly string $locale, private array $messages) {}

    public function get(string $id): string
    {
        return $this->messages[$id] ?? $id;
    }
}

final class Translator
{
    private const SUPPORTED = ['en', 'de', 'fr', 'es'];

    /** @var array<string, MessageCatalogue> */
    private array $catalogues = [];

    public function __construct(private string $fallback = 'en') {}

    public function negotiate(string $acceptLanguage): string
    {
        foreach (explode(',', $acceptLanguage) as $part) {
            $tag = strtolower(trim(explode(';', $part)[0]));
            $primary = substr($tag, 0, 2);
            if (in_array($primary, self::SUPPORTED, true)) {
                return $primary;
            }
        }
        return $this->fallback;
    }

    public function trans(string $id, array $params, string $locale): string
    {
        return strtr($this->catalogue($locale)->get($id), $params);
    }

    private function catalogue(string $locale): MessageCatalogue
    {
        return $this->catalogues[$locale] ??= $this->load($locale);
    }

    private function load(string $locale): MessageCatalogue
    {
        $messages = [];
        foreach (['greeting', 'cart.items', 'checkout.total', 'footer.legal'] as $id) {
            $messages[$id] = "[{$locale}] {$id}: %name% " . str_repeat('~', 120);
        }
        return new MessageCatalogue($locale, $messages);
    }
}

final class Worker
{
    private int $i = 0;

    public function __construct(private int $n) {}

    public function waitRequest(): ?array
    {
        if ($this->i >= $this->n) {
            return null;
        }
        $i = $this->i++;
        $langs = ["xx-{$i},en;q=0.5", "de-CH,de;q=0.9", "pt-BR,fr;q=0.7", "nl-{$i}", "es-ES"];
        return ['headers' => ['accept-language' => $langs[$i % 5]], 'user' => 'User ' . $i];
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$translator = new Translator();
$worker = new Worker($n);

while ($request = $worker->waitRequest()) {
    $locale = $translator->negotiate($request['headers']['accept-language']);
    $html = $translator->trans('greeting', ['%name%' => $request['user']], $locale)
        . $translator->trans('footer.legal', ['%name%' => ''], $locale);
}
