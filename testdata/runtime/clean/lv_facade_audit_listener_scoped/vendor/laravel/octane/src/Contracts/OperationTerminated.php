<?php

namespace Laravel\Octane\Contracts;

interface OperationTerminated
{
}
