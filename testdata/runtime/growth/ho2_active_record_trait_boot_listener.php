<?php
// An active-record model uses a sluggable trait that hooks the model's saving event; an admin endpoint creates and saves one product per request.

declare(strict_types=1);

namespace Catalog\Model;

final class Dispatcher
{
    /** @var array<string, list<callable>> */
    private array $listeners = [];

    public function listen(string $event, callable $listener): void
    {
        $this->listeners[$event][] = $listener; // leak
    }

    public function until(string $event, object $payload): bool
    {
        foreach ($this->listeners[$event] ?? [] as $listener) {
            if ($listener($payload) === false) {
                return false;
            }
        }

        return true;
    }
}

abstract class Model
{
    protected static ?Dispatcher $dispatcher = null;

    /** @var array<string, mixed> */
    protected array $attributes = [];

    protected bool $exists = false;

    public function __construct(array $attributes = [])
    {
        $this->bootTraits();
        $this->fill($attributes);
    }

    public static function setEventDispatcher(Dispatcher $dispatcher): void
    {
        static::$dispatcher = $dispatcher;
    }

    public function fill(array $attributes): static
    {
        foreach ($attributes as $key => $value) {
            $this->attributes[$key] = $value;
        }

        return $this;
    }

    public function getAttribute(string $key): mixed
    {
        return $this->attributes[$key] ?? null;
    }

    public function save(): bool
    {
        if (static::$dispatcher?->until('eloquent.saving: ' . static::class, $this) === false) {
            return false;
        }
        $this->exists = true;

        return true;
    }

    protected function bootTraits(): void
    {
        foreach (class_uses($this) as $trait) {
            $method = 'boot' . substr($trait, strrpos($trait, '\\') + 1);
            if (method_exists($this, $method)) {
                $this->{$method}();
            }
        }
    }
}

trait Sluggable
{
    protected function bootSluggable(): void
    {
        static::$dispatcher?->listen('eloquent.saving: ' . static::class, function (Model $model): void { // leak
            if ($model === $this && empty($this->attributes['slug'])) {
                $this->attributes['slug'] = $this->slugify((string) $this->attributes[$this->slugSource()]);
            }
        });
    }

    protected function slugSource(): string
    {
        return 'name';
    }

    private function slugify(string $value): string
    {
        return trim(preg_replace('/[^a-z0-9]+/', '-', strtolower($value)), '-');
    }
}

final class Product extends Model
{
    use Sluggable;
}

final class ProductAdminController
{
    public function store(array $input): array
    {
        $product = new Product([
            'name' => $input['name'],
            'description' => $input['description'],
            'price' => (int) $input['price'],
        ]);
        $product->save();

        return ['slug' => $product->getAttribute('slug')];
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
Model::setEventDispatcher(new Dispatcher());
$controller = new ProductAdminController();
for ($i = 0; $i < $n; $i++) {
    $json = $controller->store([
        'name' => "Waxed Canvas Tote {$i}",
        'description' => str_repeat('Hand-finished waxed canvas with leather straps. ', 4),
        'price' => '4900',
    ]);
}
