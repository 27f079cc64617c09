<?php

namespace App\Console\Commands;

use App\Feeds\FeedReader;
use App\Feeds\ItemIndexed;
use Illuminate\Console\Command;
use Illuminate\Events\Dispatcher;

class WatchFeeds extends Command
{
    protected $signature = 'feeds:watch {--max-items=0 : Stop after indexing this many items}';

    protected $description = 'Poll partner feeds and push new items to the search index';

    public function handle(Dispatcher $events, FeedReader $reader): int
    {
        $maxItems = (int) $this->option('max-items');
        $item = null;
        $events->listen(ItemIndexed::class, function (ItemIndexed $event) use (&$item) {
            if ($item !== null && $event->guid === $item->guid) {
                $item->indexedAt = $event->at;
            }
        });
        for ($indexed = 0; $indexed < $maxItems; $indexed++) {
            $item = $reader->next();
            $events->dispatch(new ItemIndexed($item->guid, time()));
            $this->info("Indexed {$item->title}");
        }

        return self::SUCCESS;
    }
}
