// tsyringe reads decorator metadata through this polyfill; it must load before any adapter.
import "reflect-metadata";
