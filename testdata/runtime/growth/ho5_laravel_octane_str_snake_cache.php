<?php
// An Octane form-builder API converts tenant-defined field labels with Str::snake(); the static Str caches keep every label ever seen because nothing flushes them between requests.
// https://github.com/laravel/octane/pull/468

final class Str
{
    protected static array $snakeCache = [];
    protected static array $camelCache = [];
    protected static array $studlyCache = [];

    public static function snake(string $value, string $delimiter = '_'): string
    {
        $key = $value;
        if (isset(static::$snakeCache[$key][$delimiter])) {
            return static::$snakeCache[$key][$delimiter];
        }
        if (strtolower($value) !== $value) {
            $value = preg_replace('/\s+/u', '', ucwords($value));
            $value = strtolower(preg_replace('/(.)(?=[A-Z])/u', '$1' . $delimiter, $value));
        }

        return static::$snakeCache[$key][$delimiter] = $value; // leak
    }

    public static function studly(string $value): string
    {
        if (isset(static::$studlyCache[$value])) {
            return static::$studlyCache[$value];
        }
        $words = explode(' ', str_replace(['-', '_'], ' ', $value));
        return static::$studlyCache[$value] = implode('', array_map('ucfirst', $words));
    }

    public static function flushCache(): void
    {
        static::$snakeCache = [];
        static::$camelCache = [];
        static::$studlyCache = [];
    }
}

final class FormField
{
    public function __construct(
        public readonly string $label,
        public readonly string $column,
        public readonly string $type,
    ) {}
}

final class FormSchemaController
{
    public function store(array $payload): array
    {
        $fields = [];
        foreach ($payload['fields'] as $definition) {
            $fields[] = new FormField($definition['label'], Str::snake($definition['label']), $definition['type']);
        }
        $component = Str::studly($payload['type']) . 'Form';
        return ['component' => $component, 'columns' => array_map(fn (FormField $f) => $f->column, $fields)];
    }
}

final class FlushStrCache
{
    public function handle(): void
    {
        Str::flushCache();
    }
}

final class OctaneWorker
{
    public function __construct(private FormSchemaController $controller, private array $operationTerminatedListeners) {}

    public function handle(array $request): string
    {
        $response = json_encode($this->controller->store($request));
        foreach ($this->operationTerminatedListeners as $listener) {
            $listener->handle();
        }
        return $response;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$worker = new OctaneWorker(new FormSchemaController(), []);
for ($i = 0; $i < $n; $i++) {
    $worker->handle([
        'type' => 'customer_intake',
        'fields' => [
            ['label' => "Tenant{$i} Describe Your Current Hosting Setup And Any Scaling Problems You Have Seen Recently", 'type' => 'textarea'],
            ['label' => "Tenant{$i} Which Queue Backends And Long Running Workers Does Your Team Operate In Production", 'type' => 'text'],
            ['label' => "Tenant{$i} Preferred Contact Window For Our Onboarding Engineers", 'type' => 'select'],
        ],
    ]);
}
