<?php

namespace App\MessageHandler;

use App\Message\ReindexProduct;
use Symfony\Component\DependencyInjection\ServiceLocator;
use Symfony\Component\Messenger\Attribute\AsMessageHandler;

#[AsMessageHandler]
final class ReindexProductHandler
{
    public array $index = [];

    public function __construct(private ServiceLocator $profiling) {}

    public function __invoke(ReindexProduct $message): void
    {
        $timer = "reindex.product.{$message->productId}";
        $this->profiling->get('timers')->start($timer, 'search', ['title' => $message->title, 'excerpt' => substr($message->body, 0, 300)]);

        try {
            $tokens = array_count_values(str_word_count(strtolower($message->title . ' ' . $message->body), 1));
            arsort($tokens);
            $this->index[$message->productId % 50] = array_slice(array_keys($tokens), 0, 5);
        } finally {
            $this->profiling->get('timers')->stop($timer);
        }
    }
}
