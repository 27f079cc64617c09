<?php

namespace App\Rendering;

final class Article
{
    public function __construct(
        public readonly int $id,
        public readonly string $slug,
        public readonly string $headline,
        public readonly string $standfirst,
        public readonly array $paragraphs,
        public readonly string $byline,
        public readonly \DateTimeImmutable $updatedAt,
    ) {
    }
}

final class ArticleRepository
{
    private const DESKS = ['politics', 'business', 'culture', 'sport', 'science'];

    public function find(int $id): Article
    {
        $desk = self::DESKS[$id % count(self::DESKS)];
        $paragraphs = [];
        for ($p = 0; $p < 4; $p++) {
            $paragraphs[] = sprintf(
                'Paragraph %d of story %d from the %s desk: officials confirmed on Tuesday that the review would continue into next quarter, according to documents seen by our reporters.',
                $p + 1,
                $id,
                $desk,
            );
        }

        return new Article(
            $id,
            sprintf('%s/%d-council-budget-review-%d', $desk, $id, $id * 7 % 1000),
            sprintf('Council budget review enters week %d as %s desk tracks story %d', $id % 52, $desk, $id),
            'What we know so far, and what happens next.',
            $paragraphs,
            'By Staff Reporter',
            (new \DateTimeImmutable('2024-03-01 09:00:00'))->modify('+' . ($id % 9000) . ' minutes'),
        );
    }
}
