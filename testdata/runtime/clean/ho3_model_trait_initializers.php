<?php
// An Active Record layer with per-class boot methods and per-instance trait initializers; a blog Post model uses a HasSlug trait that fills the slug before saving, and each request creates and saves a post.

declare(strict_types=1);

namespace Framework\Database;

final class EventDispatcher
{
    /** @var array<string, list<callable>> */
    private array $listeners = [];

    public function listen(string $event, callable $listener): void
    {
        $this->listeners[$event][] = $listener;
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

    public function hasListeners(string $event): bool
    {
        return isset($this->listeners[$event]);
    }
}

abstract class Model
{
    protected static ?EventDispatcher $dispatcher = null;

    /** @var array<class-string, true> */
    protected static array $booted = [];

    /** @var array<class-string, list<string>> */
    protected static array $traitInitializers = [];

    /** @var array<string, mixed> */
    protected array $attributes = [];

    public bool $exists = false;

    public function __construct(array $attributes = [])
    {
        $this->bootIfNotBooted();
        $this->initializeTraits();
        foreach ($attributes as $key => $value) {
            $this->attributes[$key] = $value;
        }
    }

    public static function setEventDispatcher(EventDispatcher $dispatcher): void
    {
        static::$dispatcher = $dispatcher;
    }

    protected function bootIfNotBooted(): void
    {
        if (isset(static::$booted[static::class])) {
            return;
        }
        static::$booted[static::class] = true;
        static::$traitInitializers[static::class] = [];
        foreach (class_uses($this) as $trait) {
            $base = substr(strrchr('\\' . $trait, '\\'), 1);
            if (method_exists(static::class, $method = 'boot' . $base)) {
                forward_static_call([static::class, $method]);
            }
            if (method_exists(static::class, $method = 'initialize' . $base)) {
                static::$traitInitializers[static::class][] = $method;
            }
        }
    }

    protected function initializeTraits(): void
    {
        foreach (static::$traitInitializers[static::class] as $method) {
            $this->{$method}();
        }
    }

    public static function saving(callable $callback): void
    {
        static::$dispatcher?->listen('eloquent.saving: ' . static::class, $callback);
    }

    public function __get(string $key): mixed
    {
        return $this->attributes[$key] ?? null;
    }

    public function __set(string $key, mixed $value): void
    {
        $this->attributes[$key] = $value;
    }

    public function save(): bool
    {
        if (static::$dispatcher?->until('eloquent.saving: ' . static::class, $this) === false) {
            return false;
        }
        $this->exists = true;
        return true;
    }
}

namespace App\Models\Concerns;

trait HasSlug
{
    protected string $slugSource = 'title';

    public static function bootHasSlug(): void
    {
        static::saving(static fn ($model) => $model->slug ??= $model->makeSlug((string) $model->{$model->slugSource}));
    }

    protected function makeSlug(string $value): string
    {
        return trim(strtolower((string) preg_replace('/[^A-Za-z0-9]+/', '-', $value)), '-');
    }
}

namespace App\Models;

use App\Models\Concerns\HasSlug;
use Framework\Database\Model;

final class Post extends Model
{
    use HasSlug;
}

namespace App;

use App\Models\Post;
use Framework\Database\EventDispatcher;
use Framework\Database\Model;

Model::setEventDispatcher(new EventDispatcher());

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $post = new Post([
        'title' => "Weekly digest #{$i}: what shipped this week",
        'body' => str_repeat('We fixed bugs and added features. ', 16),
        'author_id' => $i % 9,
    ]);
    $post->save();
}
