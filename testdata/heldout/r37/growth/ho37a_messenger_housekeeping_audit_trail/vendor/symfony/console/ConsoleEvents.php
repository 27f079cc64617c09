<?php

namespace Symfony\Component\Console;

final class ConsoleEvents
{
    public const COMMAND = 'console.command';
    public const ERROR = 'console.error';
    public const TERMINATE = 'console.terminate';
}
