<?php

namespace Shop\Search;

final class QueryLogWriter
{
    public int $written = 0;

    public function write(): void
    {
        $this->written += count($GLOBALS['search_pending_queries'] ?? []);
        $GLOBALS['search_pending_queries'] = [];
    }
}
