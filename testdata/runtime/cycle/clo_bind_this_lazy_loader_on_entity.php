<?php
// An ORM entity proxy binds a lazy-loader closure to itself with Closure::bind($fn, $this, static::class) and keeps it in a property.

function lazyCommentsLoader(): Closure
{
    return function (): array {
        return array_map(fn (int $k): string => "comment {$k} on {$this->slug}", range(1, $this->commentCount));
    };
}

class Post
{
    protected ?array $comments = null;

    public function __construct(protected string $slug, protected int $commentCount, protected string $body) {}

    public function comments(): array
    {
        return $this->comments ??= [];
    }
}

final class PostProxy extends Post
{
    private ?Closure $loader = null;

    public function initializeLazy(): void
    {
        $this->loader = Closure::bind(lazyCommentsLoader(), $this, static::class); // leak
    }

    public function comments(): array
    {
        return $this->comments ??= ($this->loader)();
    }
}

function show(int $i): int
{
    $post = new PostProxy("post-{$i}", 3, str_repeat('lorem ipsum ', 60));
    $post->initializeLazy();
    return count($post->comments());
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    show($i);
}
