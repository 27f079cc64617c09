<?php
// An ORM entity proxy binds a static lazy-loader closure to null in its own scope with Closure::bind() and keeps it in a property.

function lazyCommentsLoader(): Closure
{
    return static function (Post $post): array {
        return array_map(static fn (int $k): string => "comment {$k} on {$post->slug}", range(1, $post->commentCount));
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
        $this->loader = Closure::bind(lazyCommentsLoader(), null, static::class);
    }

    public function comments(): array
    {
        return $this->comments ??= ($this->loader)($this);
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
