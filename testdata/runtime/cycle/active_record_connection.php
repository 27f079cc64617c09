<?php
// Active-record models keep the unit of work that loaded them; the unit of work keeps an identity map.

final class UnitOfWork
{
    /** @var array<string, Model> */
    private array $identityMap = [];

    public function register(Model $model): void
    {
        $this->identityMap[$model::class . '#' . $model->id] = $model; // leak
    }

    public function find(string $class, int $id): Model
    {
        return $this->identityMap[$class . '#' . $id] ??= new $class($this, $id, []);
    }
}

abstract class Model
{
    public function __construct(
        protected UnitOfWork $uow, // leak
        public readonly int $id,
        protected array $attributes,
    ) {
        $uow->register($this);
    }
}

final class Article extends Model
{
    public function title(): string
    {
        return $this->attributes['title'] ?? '';
    }
}

function showArticle(int $id): string
{
    $uow = new UnitOfWork();
    $article = new Article($uow, $id, ['title' => "Article {$id}", 'body' => str_repeat('Lorem ipsum dolor sit amet. ', 30)]);
    return $uow->find(Article::class, $id)->title();
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    showArticle($i);
}
