<?php

namespace Shop\Search;

use Acme\Events\Dispatcher;
use Shop\Kernel\Module;

final class SearchModule extends Module
{
    public function boot(Dispatcher $events): void
    {
        $writer = new QueryLogWriter();
        // the query log goes out when the worker stops
        register_shutdown_function(static fn () => $writer->write());
    }
}
