<?php

namespace Illuminate\Queue;

trait SerializesModels
{
}
