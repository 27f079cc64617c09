<?php

trait ClearsSpansOnTerminate
{
    /** @var list<array> */
    private array $spans = [];

    /** Called by the HTTP kernel's terminate event; queue workers never dispatch it. */
    public function terminate(): void
    {
        $this->spans = [];
    }
}
