<?php

declare(strict_types=1);

namespace App\Blog;

final class Article
{
    public function __construct(
        public readonly int $id,
        public readonly string $slug,
        public readonly string $title,
        public readonly string $author,
        public readonly string $body,
        public readonly array $tags,
    ) {
    }
}

final class ArticleRepository
{
    public function findBySlug(string $slug): Article
    {
        $id = (int) substr($slug, strrpos($slug, '-') + 1);

        return $this->make($id);
    }

    /** @return list<Article> */
    public function related(Article $article, int $limit): array
    {
        $related = [];
        for ($k = 1; $k <= $limit; $k++) {
            $related[] = $this->make($article->id * 10 + $k);
        }

        return $related;
    }

    private function make(int $id): Article
    {
        return new Article(
            $id,
            "release-notes-{$id}",
            "Release notes for build {$id}",
            ['Dana', 'Ivo', 'Mei'][$id % 3],
            str_repeat("Build {$id} ships fixes for the sync engine and the export dialog. ", 5),
            ['releases', 'build-' . ($id % 10)],
        );
    }
}
