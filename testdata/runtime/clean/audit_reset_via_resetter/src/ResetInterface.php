<?php

interface ResetInterface
{
    public function reset(): void;
}
