<?php

namespace Shop\Search;

use Acme\Events\Dispatcher;
use Shop\Kernel\Module;

final class SearchModule extends Module
{
    public function boot(Dispatcher $events): void
    {
        $writer = new QueryLogWriter();
        // the query log goes out once the response has been sent
        $events->listen('request.finished', static fn () => $writer->write());
    }
}
