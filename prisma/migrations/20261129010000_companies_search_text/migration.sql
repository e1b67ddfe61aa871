-- AlterTable
ALTER TABLE "Company" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';
