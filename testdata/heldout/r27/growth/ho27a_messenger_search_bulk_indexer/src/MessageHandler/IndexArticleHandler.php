<?php

declare(strict_types=1);

namespace App\MessageHandler;

use App\Message\IndexArticle;
use App\Search\BulkIndexer;

final class IndexArticleHandler
{
    public function __construct(private BulkIndexer $indexer)
    {
    }

    public function __invoke(IndexArticle $message): void
    {
        $this->indexer->index('article-' . $message->articleId, [
            'title' => $message->title,
            'body' => strip_tags($message->body),
            'tags' => array_values(array_unique(array_map('strtolower', $message->tags))),
            'published_at' => $message->publishedAt,
            'suggest' => ['input' => explode(' ', $message->title)],
        ]);
    }
}
