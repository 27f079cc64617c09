<?php
// An Octane worker validates profile updates; the Translator singleton caches every parsed key, including keys built from submitted values, across requests.
// https://github.com/laravel/octane/pull/416

abstract class NamespacedItemResolver
{
    protected array $parsed = [];

    public function parseKey(string $key): array
    {
        if (isset($this->parsed[$key])) {
            return $this->parsed[$key];
        }
        if (!str_contains($key, '::')) {
            $segments = explode('.', $key, 2);
            $parsed = [null, $segments[0], $segments[1] ?? null];
        } else {
            [$namespace, $item] = explode('::', $key, 2);
            $segments = explode('.', $item, 2);
            $parsed = [$namespace, $segments[0], $segments[1] ?? null];
        }

        return $this->parsed[$key] = $parsed; // leak
    }

    public function flushParsedKeys(): void
    {
        $this->parsed = [];
    }
}

final class Translator extends NamespacedItemResolver
{
    private array $loaded = [];

    public function __construct(private string $locale, array $lines)
    {
        $this->loaded[$locale] = $lines;
    }

    public function get(string $key, array $replace = []): string
    {
        [, $group, $item] = $this->parseKey($key);
        $line = $this->loaded[$this->locale][$group][$item] ?? null;
        if (!is_string($line)) {
            return $key;
        }
        foreach ($replace as $name => $value) {
            $line = str_replace(':' . $name, (string) $value, $line);
        }
        return $line;
    }
}

final class Validator
{
    private array $messages = [];

    public function __construct(private Translator $translator, private array $data, private array $rules) {}

    public function fails(): bool
    {
        foreach ($this->rules as $attribute => $rule) {
            [$name, $parameter] = explode(':', $rule, 2);
            $value = (string) ($this->data[$attribute] ?? '');
            if ($name === 'max' && strlen($value) > (int) $parameter) {
                $this->messages[$attribute][] = $this->translator->get("validation.{$name}", [
                    'attribute' => $attribute,
                    'max' => $parameter,
                    'value' => substr($this->getDisplayableValue($attribute, $value), 0, 20),
                ]);
            }
        }
        return $this->messages !== [];
    }

    private function getDisplayableValue(string $attribute, string $value): string
    {
        $key = "validation.values.{$attribute}.{$value}";
        $line = $this->translator->get($key);
        return $line !== $key ? $line : $value;
    }

    public function errors(): array
    {
        return $this->messages;
    }
}

final class FlushTranslatorCache
{
    public function handle(array $app): void
    {
        $app['translator']->flushParsedKeys();
    }
}

final class OctaneWorker
{
    /** @param list<object> $requestTerminatedListeners */
    public function __construct(private array $app, private array $requestTerminatedListeners) {}

    public function handle(array $request): string
    {
        $validator = new Validator($this->app['translator'], $request, ['bio' => 'max:160', 'nickname' => 'max:32']);
        $body = $validator->fails()
            ? json_encode(['message' => 'The given data was invalid.', 'errors' => $validator->errors()])
            : json_encode(['status' => 'saved']);

        foreach ($this->requestTerminatedListeners as $listener) {
            $listener->handle($this->app);
        }
        return $body;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$translator = new Translator('en', [
    'validation' => [
        'max' => 'The :attribute may not be greater than :max characters (got ":value...").',
        'values' => ['nickname' => ['admin' => 'reserved name']],
    ],
]);
$app = ['translator' => $translator];
$worker = new OctaneWorker($app, []);
for ($i = 0; $i < $n; $i++) {
    $bio = "Request {$i}: " . str_repeat('I build long-running PHP services and write about them. ', 9);
    $worker->handle(['nickname' => "user{$i}", 'bio' => $bio]);
}
